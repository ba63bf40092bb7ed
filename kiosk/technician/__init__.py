"""What field technicians use on site: ``kiosk doctor`` checks and the setup logic (Qt-free)."""
