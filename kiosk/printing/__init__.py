"""Silent slip printing: a frame's ``window.print()`` → vector PDF at the receipt width → the spooler.

``paper`` (geometry), ``spooler`` (what every spooler speaks: printer state, status, errors), ``desk``
(the Qt-free brain: queue, printer state, banner text), ``cups``
(Linux spooler), ``windows`` (Windows spooler, QtPdf → QPrinter), ``capture`` (Qt: frame → PDF),
``service`` (Qt wiring), ``cli`` (``kiosk print-test``).
"""
