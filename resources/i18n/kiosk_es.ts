<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ConfigureWords</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>link host not allowed: %1</source>
        <translation>host del enlace no permitido: %1</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>sin conexión: %1</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>aceptado por el intermediario: id de tienda %1, id de punto de venta %2, id de usuario %3; el enlace de inicio de sesión va a %4, un host permitido (%5 ms)</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>aceptado: ID de tienda %1, ID de TPV %2, ID de usuario %3; el enlace de inicio de sesión va a %4, un host permitido (%5 ms)</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>aceptado por el intermediario: id de tienda %1, id de punto de venta %2, id de usuario %3; el enlace de inicio de sesión va a %4, un host permitido (%5 ms). Página de inicio de sesión: %6</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>aceptado: ID de tienda %1, ID de TPV %2, ID de usuario %3; el enlace de inicio de sesión va a %4, un host permitido (%5 ms). Página de inicio de sesión: %6</translation>
    </message>
</context>
<context>
    <name>CustodyWords</name>
    <message>
        <source>the partner secret is readable by the desktop user (direct mode: the kiosk holds it in its own settings); move it to the broker: %1</source>
        <translation>el usuario del escritorio puede leer la clave secreta del socio (modo directo: el quiosco la guarda en sus propios ajustes); muévala al intermediario: %1</translation>
    </message>
    <message>
        <source>direct mode (development, demo, sandbox): the partner secret is in the kiosk&apos;s own settings; an installed terminal keeps it in the broker (KIOSK_BROKER)</source>
        <translation>modo directo (desarrollo, demostración, entorno de pruebas): la clave secreta del socio está en los ajustes del propio quiosco; un terminal instalado la guarda en el intermediario (KIOSK_BROKER)</translation>
    </message>
    <message>
        <source>broker mode, but %1; %2</source>
        <translation>modo intermediario, pero %1; %2</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet (%1); set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>modo intermediario, pero el intermediario aún no tiene identidad (%1); configúrela: sudo kiosk setup, la pantalla de ajustes o sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet; set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>modo intermediario, pero el intermediario aún no tiene identidad; configúrela: sudo kiosk setup, la pantalla de ajustes o sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode: the broker at %1 holds it (partner %2, shop %3), out of the desktop user&apos;s reach</source>
        <translation>modo intermediario: la guarda el intermediario en %1 (socio %2, tienda %3), fuera del alcance del usuario del escritorio</translation>
    </message>
</context>
<context>
    <name>DataDirWords</name>
    <message>
        <source>data dir not writable: %1 (%2)</source>
        <translation>no se puede escribir en la carpeta de datos: %1 (%2)</translation>
    </message>
    <message>
        <source>data dir almost full: %1 (%2 MB free)</source>
        <translation>carpeta de datos casi llena: %1 (%2 MB libres)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWords</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Todas las comprobaciones son correctas</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n comprobación ha fallado</numerusform>
            <numerusform>%n comprobaciones han fallado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogWords</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>DoctorWords</name>
    <message>
        <source>configuration</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>kiosk process</source>
        <translation>proceso del quiosco</translation>
    </message>
    <message>
        <source>display</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <source>web engine libraries</source>
        <translation>bibliotecas del motor web</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>autologin</source>
        <translation>inicio de sesión automático</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <source>allowed hosts</source>
        <translation>hosts permitidos</translation>
    </message>
    <message>
        <source>login page</source>
        <translation>página de inicio de sesión</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>impresora</translation>
    </message>
    <message>
        <source>web engine</source>
        <translation>motor web</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>partner secret</source>
        <translation>clave secreta del socio</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>actualizaciones</translation>
    </message>
    <message>
        <source>the check itself failed (%1); see the kiosk log and report it</source>
        <translation>la propia comprobación ha fallado (%1); consulte el registro del quiosco e informe del error</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them in the config file or with `kiosk setup`:</source>
        <translation>
            <numerusform>%n problema; corríjalo en el archivo de configuración o con `kiosk setup`:</numerusform>
            <numerusform>%n problemas; corríjalos en el archivo de configuración o con `kiosk setup`:</numerusform>
        </translation>
    </message>
    <message>
        <source>valid; %1</source>
        <translation>válida; %1</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>de %1: %2</translation>
    </message>
    <message>
        <source>from the environment: %1 (these win over the file: %2)</source>
        <translation>del entorno: %1 (tienen prioridad sobre el archivo: %2)</translation>
    </message>
    <message>
        <source>from the environment: %1</source>
        <translation>del entorno: %1</translation>
    </message>
    <message>
        <source>only defaults</source>
        <translation>solo valores predeterminados</translation>
    </message>
    <message>
        <source>the rest are defaults</source>
        <translation>el resto son valores predeterminados</translation>
    </message>
    <message>
        <source>%1; the kiosk would run degraded. Fix the permissions or free space, or set %2.</source>
        <translation>%1; el quiosco funcionaría de forma limitada. Corrija los permisos o libere espacio, o configure %2.</translation>
    </message>
    <message>
        <source>%1 is writable but only %2 MB are free; free some space.</source>
        <translation>se puede escribir en %1, pero solo quedan %2 MB libres; libere espacio.</translation>
    </message>
    <message>
        <source>%1 is writable, %2 GB free</source>
        <translation>se puede escribir en %1, %2 GB libres</translation>
    </message>
    <message>
        <source>no kiosk is running on this data dir</source>
        <translation>no hay ningún quiosco funcionando con esta carpeta de datos</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions</source>
        <translation>no se puede leer %1 (%2); compruebe sus permisos</translation>
    </message>
    <message>
        <source>a kiosk is running on this data dir (pid %1)</source>
        <translation>hay un quiosco funcionando con esta carpeta de datos (pid %1)</translation>
    </message>
    <message>
        <source>no kiosk is running (a stale lock is left; the next start takes it over)</source>
        <translation>no hay ningún quiosco funcionando (queda un bloqueo antiguo; el próximo arranque lo retomará)</translation>
    </message>
    <message>
        <source>the desktop session provides the display</source>
        <translation>la sesión de escritorio proporciona la pantalla</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=offscreen: the kiosk would draw to no screen (right for tests only); unset it on a terminal</source>
        <translation>QT_QPA_PLATFORM=offscreen: el quiosco no dibujaría en ninguna pantalla (solo sirve para pruebas); quítela en un terminal</translation>
    </message>
    <message>
        <source>Wayland display %1</source>
        <translation>pantalla Wayland %1</translation>
    </message>
    <message>
        <source>WAYLAND_DISPLAY=%1 but %2 does not exist; run inside the desktop session</source>
        <translation>WAYLAND_DISPLAY=%1, pero %2 no existe; ejecútelo dentro de la sesión de escritorio</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set; run it inside the desktop session (as the installed service does), or set DISPLAY=:0</source>
        <translation>no están definidas ni DISPLAY ni WAYLAND_DISPLAY; ejecútelo dentro de la sesión de escritorio (como hace el servicio instalado) o defina DISPLAY=:0</translation>
    </message>
    <message>
        <source>DISPLAY=%1 is not a display name like :0</source>
        <translation>DISPLAY=%1 no es un nombre de pantalla como :0</translation>
    </message>
    <message>
        <source>no X server answers on DISPLAY=%1 (%2); start the desktop session or check DISPLAY</source>
        <translation>ningún servidor X responde en DISPLAY=%1 (%2); inicie la sesión de escritorio o compruebe DISPLAY</translation>
    </message>
    <message>
        <source>X server on DISPLAY=%1</source>
        <translation>servidor X en DISPLAY=%1</translation>
    </message>
    <message>
        <source>checked on Linux only (the Windows installer ships every library)</source>
        <translation>solo se comprueba en Linux (el instalador de Windows incluye todas las bibliotecas)</translation>
    </message>
    <message>
        <source>ldd is not installed, so the libraries cannot be listed</source>
        <translation>ldd no está instalado, así que no se pueden listar las bibliotecas</translation>
    </message>
    <message>
        <source>QtWebEngine is not found; reinstall the kiosk</source>
        <translation>no se encuentra QtWebEngine; reinstale el quiosco</translation>
    </message>
    <message>
        <source>every library QtWebEngine and the X platform need is installed</source>
        <translation>están instaladas todas las bibliotecas que necesitan QtWebEngine y la plataforma X</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>install them: %1</source>
        <translation>instálelas: %1</translation>
    </message>
    <message>
        <source>find the package of %1 with `apt-file search`</source>
        <translation>busque el paquete de %1 con `apt-file search`</translation>
    </message>
    <message>
        <source>the web engine test could not be started; reinstall the kiosk</source>
        <translation>no se pudo iniciar la prueba del motor web; reinstale el quiosco</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page within 30 s; the PC may be overloaded, or its graphics drivers broken</source>
        <translation>QtWebEngine no cargó una página de prueba en 30 s; el equipo puede estar sobrecargado o los controladores gráficos, dañados</translation>
    </message>
    <message>
        <source>QtWebEngine started a renderer and loaded a test page</source>
        <translation>QtWebEngine inició un proceso de renderizado y cargó una página de prueba</translation>
    </message>
    <message>
        <source>QtWebEngine cannot start as root (Chromium&apos;s sandbox refuses it); run `kiosk doctor` as the kiosk&apos;s user, e.g. %1</source>
        <translation>QtWebEngine no puede ejecutarse como root (el sandbox de Chromium lo impide); ejecute `kiosk doctor` como el usuario del quiosco, p. ej. %1</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page (%1); check the web engine libraries above and the graphics drivers</source>
        <translation>QtWebEngine no cargó una página de prueba (%1); compruebe las bibliotecas del motor web de arriba y los controladores gráficos</translation>
    </message>
    <message>
        <source>not checked: the web engine did not start (above)</source>
        <translation>no comprobado: el motor web no arrancó (arriba)</translation>
    </message>
    <message>
        <source>the web engine did not say which codecs it plays within 20 s; run `kiosk doctor` again, and check the graphics drivers if it repeats</source>
        <translation>el motor web no indicó en 20 s qué códecs reproduce; vuelva a ejecutar `kiosk doctor` y, si se repite, compruebe los controladores gráficos</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>el proxy %1</translation>
    </message>
    <message>
        <source>%1 cannot be resolved (%2); check the network cable or Wi-Fi, and the PC&apos;s DNS servers</source>
        <translation>no se puede resolver %1 (%2); compruebe el cable de red o la wifi y los servidores DNS del equipo</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>skipped: the name did not resolve</source>
        <translation>omitido: el nombre no se resolvió</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); a firewall or proxy may block it: check the shop&apos;s internet access</source>
        <translation>no se puede conectar con %1 (%2); puede bloquearlo un cortafuegos o un proxy: compruebe el acceso a internet del local</translation>
    </message>
    <message>
        <source>%1 reachable through the proxy %2 in %3 ms</source>
        <translation>%1 accesible a través del proxy %2 en %3 ms</translation>
    </message>
    <message>
        <source>%1 reachable in %2 ms</source>
        <translation>%1 accesible en %2 ms</translation>
    </message>
    <message>
        <source>plain http to the loopback sandbox %1; no TLS to check</source>
        <translation>http simple al sandbox local %1; no hay TLS que comprobar</translation>
    </message>
    <message>
        <source>skipped: no connection</source>
        <translation>omitido: no hay conexión</translation>
    </message>
    <message>
        <source>through a proxy: the autologin request below checks the certificate</source>
        <translation>a través de un proxy: la solicitud de inicio de sesión automático de abajo comprueba el certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); check the PC&apos;s date and time, and behind a company proxy install its certificate in the system store</source>
        <translation>el certificado de %1 no es de confianza (%2); compruebe la fecha y la hora del equipo y, detrás de un proxy de empresa, instale su certificado en el almacén del sistema</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2); a proxy or firewall may intercept it</source>
        <translation>la conexión segura con %1 ha fallado (%2); puede interceptarla un proxy o un cortafuegos</translation>
    </message>
    <message>
        <source>%1 to %2, certificate trusted by the system store</source>
        <translation>%1 con %2, certificado de confianza para el almacén del sistema</translation>
    </message>
    <message>
        <source>skipped: the configuration is not complete</source>
        <translation>omitido: la configuración no está completa</translation>
    </message>
    <message>
        <source>skipped: the autologin host did not resolve</source>
        <translation>omitido: el host de inicio de sesión automático no se resolvió</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s time could not be read (no answer)</source>
        <translation>omitido: no se pudo leer la hora de la API (sin respuesta)</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s Date header cannot be read</source>
        <translation>omitido: no se puede leer la cabecera Date de la API</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>el reloj de este equipo va %1 adelantado respecto a la API; los certificados parecerán no válidos: ajuste la fecha y la hora y active la hora automática (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>el reloj de este equipo va %1 atrasado respecto a la API; los certificados parecerán no válidos: ajuste la fecha y la hora y active la hora automática (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; turn on automatic time (NTP)</source>
        <translation>el reloj de este equipo va %1 adelantado respecto a la API; active la hora automática (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; turn on automatic time (NTP)</source>
        <translation>el reloj de este equipo va %1 atrasado respecto a la API; active la hora automática (NTP)</translation>
    </message>
    <message>
        <source>within %1 of the API&apos;s clock</source>
        <translation>a menos de %1 del reloj de la API</translation>
    </message>
    <message>
        <source>printing is off (KIOSK_PRINTER=off)</source>
        <translation>la impresión está desactivada (KIOSK_PRINTER=off)</translation>
    </message>
    <message>
        <source>printer %1: %2</source>
        <translation>impresora %1: %2</translation>
    </message>
    <message>
        <source>printer %1 is %2</source>
        <translation>impresora %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>lista</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Partner id</source>
        <translation>ID de socio</translation>
    </message>
    <message>
        <source>a number from BetGames</source>
        <translation>un número de BetGames</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>from BetGames; never shown</source>
        <translation>de BetGames; nunca se muestra</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre del local</translation>
    </message>
    <message>
        <source>as registered, e.g. %1</source>
        <translation>tal como está registrado, p. ej. %1</translation>
    </message>
    <message>
        <source>POS name</source>
        <translation>Nombre del TPV</translation>
    </message>
    <message>
        <source>the point of sale, e.g. %1</source>
        <translation>el punto de venta, p. ej. %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>the POS user</source>
        <translation>el usuario del TPV</translation>
    </message>
    <message>
        <source>Autologin URL</source>
        <translation>URL de inicio de sesión automático</translation>
    </message>
    <message>
        <source>leave as it is unless BetGames says otherwise</source>
        <translation>déjela como está salvo que BetGames indique otra cosa</translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation>Hosts permitidos</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>print queue name; empty = the system default; off = no printing</source>
        <translation>nombre de la cola de impresión; vacío = la predeterminada del sistema; off = sin imprimir</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Reading your mobile number…</source>
        <translation>Consultando tu número de móvil…</translation>
    </message>
    <message>
        <source>Enter your mobile number: country code and number.</source>
        <translation>Introduce tu número de móvil: prefijo del país y número.</translation>
    </message>
    <message>
        <source>That is not a mobile number. Enter the country code and the number, for example %1.</source>
        <translation>Ese no es un número de móvil. Introduce el prefijo del país y el número, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Ask for a new code first.</source>
        <translation>Primero pide un código nuevo.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Introduce el código del SMS.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Phone verification cancelled.</source>
        <translation>Verificación del móvil cancelada.</translation>
    </message>
    <message>
        <source>Phone verification ended because nothing happened for a while.</source>
        <translation>La verificación del móvil ha terminado porque no ha habido actividad durante un rato.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is verified.</source>
        <translation>Tu número de móvil %1 está verificado.</translation>
    </message>
    <message>
        <source>Phone verification is not available right now. Please ask at the counter.</source>
        <translation>La verificación del móvil no está disponible ahora. Pregunta en el mostrador.</translation>
    </message>
    <message>
        <source>Is %1 your mobile number? We will send a code to it by SMS.</source>
        <translation>¿Es %1 tu número de móvil? Te enviaremos un código por SMS.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is saved. It does not need an SMS check.</source>
        <translation>Tu número de móvil %1 está guardado. No necesita verificación por SMS.</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1. Enter it here.</source>
        <translation>Hemos enviado un código por SMS al %1. Introdúcelo aquí.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Phone verification is not available on this terminal. Please ask staff for help.</source>
        <translation>La verificación del móvil no está disponible en este terminal. Pide ayuda al personal.</translation>
    </message>
    <message>
        <source>Too many attempts: phone verification is blocked for now. Please ask staff for help.</source>
        <translation>Demasiados intentos: la verificación del móvil está bloqueada por ahora. Pide ayuda al personal.</translation>
    </message>
    <message>
        <source>Your code has expired. Ask for a new code.</source>
        <translation>Tu código ha caducado. Pide uno nuevo.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Please try again in a few minutes.</source>
        <translation>La plataforma del casino no responde. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your number was not saved; please try again.</source>
        <translation>La plataforma del casino no responde. Tu número no se ha guardado; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. The code may not have been sent; please try again.</source>
        <translation>La plataforma del casino no responde. Puede que el código no se haya enviado; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your code was not checked; please enter it again.</source>
        <translation>La plataforma del casino no responde. Tu código no se ha comprobado; introdúcelo de nuevo.</translation>
    </message>
    <message>
        <source>Saving your mobile number…</source>
        <translation>Guardando tu número de móvil…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>Enviando un código al %1…</translation>
    </message>
    <message>
        <source>Please wait %1, then ask for a new code.</source>
        <translation>Espera %1 y luego pide un código nuevo.</translation>
    </message>
    <message>
        <source>Please wait %1, then try again.</source>
        <translation>Espera %1 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is already verified.</source>
        <translation>Tu número de móvil %1 ya está verificado.</translation>
    </message>
</context>
<context>
    <name>HostWords</name>
    <message>
        <source>%1 has no closing &apos;]&apos;</source>
        <translation>a %1 le falta el &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>%1 has something after &apos;]&apos; that is not a port</source>
        <translation>%1 tiene algo después de &apos;]&apos; que no es un puerto</translation>
    </message>
    <message>
        <source>%1 has port %2, which is not a port number (1-65535)</source>
        <translation>%1 tiene el puerto %2, que no es un número de puerto (1-65535)</translation>
    </message>
    <message>
        <source>%1 is not a host name: write the host alone, without scheme or path (e.g. &apos;webshop.betgames.tv&apos; or &apos;*.betgames.tv&apos;)</source>
        <translation>%1 no es un nombre de host: escriba solo el host, sin esquema ni ruta (p. ej. &apos;webshop.betgames.tv&apos; o &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1 would allow every host on the internet; list the webshop&apos;s own hosts or domains (e.g. &apos;*.betgames.tv&apos;)</source>
        <translation>%1 permitiría cualquier host de internet; indique los hosts o dominios propios de la web de apuestas (p. ej. &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1: write a whole domain as &apos;%2&apos; (a leading dot alone is not used here)</source>
        <translation>%1: escriba un dominio completo como &apos;%2&apos; (aquí no se usa solo un punto inicial)</translation>
    </message>
    <message>
        <source>%1: a &apos;*&apos; may only stand as the first label, as in &apos;*.betgames.tv&apos; (the domain and every name under it)</source>
        <translation>%1: &apos;*&apos; solo puede ir como primera etiqueta, como en &apos;*.betgames.tv&apos; (el dominio y todos sus nombres)</translation>
    </message>
    <message>
        <source>an entry is empty</source>
        <translation>hay una entrada vacía</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (letters, digits, &apos;-&apos; and &apos;.&apos;; no scheme, path or spaces)</source>
        <translation>%1 no es un nombre de host ni una dirección (letras, dígitos, &apos;-&apos; y &apos;.&apos;; sin esquema, ruta ni espacios)</translation>
    </message>
    <message>
        <source>%1: an IP address has no names under it; write it without &apos;*.&apos;</source>
        <translation>%1: una dirección IP no tiene nombres debajo; escríbala sin &apos;*.&apos;</translation>
    </message>
    <message>
        <source>%1 names a public suffix (%2), under which anyone can register a name; write the webshop&apos;s own domain, e.g. &apos;%3&apos;</source>
        <translation>%1 indica un sufijo público (%2), bajo el que cualquiera puede registrar un nombre; escriba el dominio propio de la web de apuestas, p. ej. &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 is a frame-only host (KIOSK_FRAME_HOSTS entry &apos;%2&apos;): it may load only inside the webshop&apos;s frames, never as the page</source>
        <translation>%1 es un host solo para marcos (entrada de KIOSK_FRAME_HOSTS &apos;%2&apos;): solo puede cargarse dentro de los marcos de la web de apuestas, nunca como página</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port only, not on port %2</source>
        <translation>%1 solo está permitido en el puerto predeterminado, no en el puerto %2</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port and port %2 only, not on port %3</source>
        <translation>%1 solo está permitido en el puerto predeterminado y en el puerto %2, no en el puerto %3</translation>
    </message>
    <message>
        <source>%1 is allowed on port %2 only, not on port %3</source>
        <translation>%1 solo está permitido en el puerto %2, no en el puerto %3</translation>
    </message>
    <message>
        <source>%1 is not listed, but &apos;%2&apos; is: did you mean &apos;%3&apos;?</source>
        <translation>%1 no está en la lista, pero &apos;%2&apos; sí: ¿quería decir &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 cannot be resolved; check the spelling in %2 and the PC&apos;s DNS</source>
        <translation>no se puede resolver %1; compruebe cómo está escrito en %2 y el DNS del equipo</translation>
    </message>
    <message>
        <source>frame-only (inside the webshop&apos;s frames, https): %1</source>
        <translation>solo en marcos (dentro de los marcos de la web de apuestas, https): %1</translation>
    </message>
    <message>
        <source>%1 resolves</source>
        <translation>%1 se resuelve</translation>
    </message>
    <message>
        <source>%1 resolve</source>
        <translation>%1 se resuelven</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it</source>
        <translation>%1 es un dominio: %2 y todos sus nombres</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it, on port %3</source>
        <translation>%1 es un dominio: %2 y todos sus nombres, en el puerto %3</translation>
    </message>
</context>
<context>
    <name>KeyboardWords</name>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>LoginPageWords</name>
    <message>
        <source>an invalid login link (%1) redirects more than %2 times; check the webshop&apos;s address with BetGames</source>
        <translation>un enlace de inicio de sesión no válido (%1) redirige más de %2 veces; compruebe la dirección de la web de apuestas con BetGames</translation>
    </message>
    <message>
        <source>the webshop could not be asked where an invalid login link goes (%1); check the shop&apos;s internet access</source>
        <translation>no se pudo preguntar a la web de apuestas adónde lleva un enlace de inicio de sesión no válido (%1); compruebe el acceso a internet del local</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1, which %2 recognises as the login page</source>
        <translation>un enlace de inicio de sesión no válido lleva a %1, que %2 reconoce como la página de inicio de sesión</translation>
    </message>
    <message>
        <source>the webshop answered an invalid login link with HTTP %1 at %2 instead of sending it to a login page, so %3 cannot be checked; make sure KIOSK_ALLOWED_HOSTS names the webshop&apos;s own host</source>
        <translation>la web de apuestas respondió a un enlace de inicio de sesión no válido con HTTP %1 en %2 en lugar de enviarlo a una página de inicio de sesión, así que no se puede comprobar %3; asegúrese de que KIOSK_ALLOWED_HOSTS incluye el host propio de la web de apuestas</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready; that host is not in KIOSK_ALLOWED_HOSTS either</source>
        <translation>un enlace de inicio de sesión no válido lleva a %1 (HTTP %2), que %3 (%4) no reconoce: un quiosco enviado allí mostraría esa página de inicio de sesión y la daría por lista; ese host tampoco está en KIOSK_ALLOWED_HOSTS</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready</source>
        <translation>un enlace de inicio de sesión no válido lleva a %1 (HTTP %2), que %3 (%4) no reconoce: un quiosco enviado allí mostraría esa página de inicio de sesión y la daría por lista</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Configure %1 como %2</translation>
    </message>
    <message>
        <source>The webshop&apos;s login page has no address of its own to match; ask BetGames which URL it uses</source>
        <translation>La página de inicio de sesión de la web de apuestas no tiene una dirección propia que reconocer; pregunte a BetGames qué URL usa</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message>
        <source>Install the betshop-kiosk-system package on Debian 13 or newer: it runs on the distribution&apos;s QtWebEngine, which plays them (see docs/it/video.md).</source>
        <translation>Instale el paquete betshop-kiosk-system en Debian 13 o posterior: usa el QtWebEngine de la distribución, que sí los reproduce (véase docs/it/video.md).</translation>
    </message>
    <message>
        <source>Install a kiosk build whose QtWebEngine was built with proprietary codecs (installer/windows/build-qtwebengine-codecs.ps1; see docs/it/video.md).</source>
        <translation>Instale una versión del quiosco cuyo QtWebEngine esté compilado con códecs propietarios (installer/windows/build-qtwebengine-codecs.ps1; véase docs/it/video.md).</translation>
    </message>
    <message>
        <source>Use a QtWebEngine built with proprietary codecs (see docs/it/video.md).</source>
        <translation>Use un QtWebEngine compilado con códecs propietarios (véase docs/it/video.md).</translation>
    </message>
    <message>
        <source>The webshop&apos;s live streams (%1) stay black. %2</source>
        <translation>Las emisiones en directo de la web de apuestas (%1) se quedan en negro. %2</translation>
    </message>
    <message>
        <source>The web engine&apos;s video support has not been probed yet.</source>
        <translation>Todavía no se ha comprobado el vídeo del motor web.</translation>
    </message>
    <message>
        <source>The web engine plays H.264 and AAC, the codecs of the webshop&apos;s live streams.</source>
        <translation>El motor web reproduce H.264 y AAC, los códecs de las emisiones en directo de la web de apuestas.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>This kiosk&apos;s web engine cannot play %1, the codecs of the webshop&apos;s live streams: they stay black. %2</source>
        <translation>El motor web de este quiosco no puede reproducir %1, los códecs de las emisiones en directo de la web de apuestas: se quedan en negro. %2</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>plays %1; cannot play %2</source>
        <translation>reproduce %1; no reproduce %2</translation>
    </message>
    <message>
        <source>plays %1</source>
        <translation>reproduce %1</translation>
    </message>
    <message>
        <source>cannot play %1</source>
        <translation>no reproduce %1</translation>
    </message>
</context>
<context>
    <name>NavigationWords</name>
    <message>
        <source>a login form is on screen at %1, but KIOSK_LOGIN_URL_PATTERN does not match that URL, so the kiosk cannot tell it is logged out there; run `kiosk doctor` (login page) and correct the pattern</source>
        <translation>hay un formulario de inicio de sesión en pantalla en %1, pero KIOSK_LOGIN_URL_PATTERN no reconoce esa URL, así que el quiosco no sabe que ahí ha perdido la sesión; ejecute `kiosk doctor` (página de inicio de sesión) y corrija el patrón</translation>
    </message>
</context>
<context>
    <name>PanelWords</name>
    <message>
        <source>Verify your mobile number</source>
        <translation>Verifica tu número de móvil</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Número de móvil</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Yes, send me the code</source>
        <translation>Sí, envíame el código</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>Código SMS</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Enviar un código nuevo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Use another number</source>
        <translation>Usar otro número</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Envíame el código</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Comprobar el código</translation>
    </message>
    <message>
        <source>You can ask for a new code in %1.</source>
        <translation>Podrás pedir un código nuevo dentro de %1.</translation>
    </message>
    <message>
        <source>No SMS? You can ask for a new code now.</source>
        <translation>¿No te ha llegado el SMS? Ya puedes pedir un código nuevo.</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <translation>Pide un código nuevo.</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message>
        <source>%1 to %2 digits</source>
        <translation>de %1 a %2 dígitos</translation>
    </message>
    <message>
        <source>Enter the new PIN</source>
        <translation>Introduzca el PIN nuevo</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Introduzca el mismo PIN otra vez</translation>
    </message>
    <message>
        <source>the PIN must be %1</source>
        <translation>el PIN debe tener %1</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>los dos PIN no coinciden</translation>
    </message>
    <message>
        <source>No technician PIN is set on this kiosk.</source>
        <translation>Este quiosco no tiene PIN de técnico.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The PIN pad is locked for %1.</source>
        <translation>Demasiados PIN incorrectos. El teclado del PIN queda bloqueado durante %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>PIN incorrecto. Intentos restantes: %1.</translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>The slip took longer than 15 seconds to lay out.</source>
        <translation>El ticket tardó más de 15 segundos en prepararse.</translation>
    </message>
    <message>
        <source>The slip&apos;s page is larger than 2 MB.</source>
        <translation>La página del ticket ocupa más de 2 MB.</translation>
    </message>
    <message>
        <source>The slip&apos;s page could not be laid out.</source>
        <translation>No se pudo preparar la página del ticket.</translation>
    </message>
    <message>
        <source>The slip&apos;s length could not be measured.</source>
        <translation>No se pudo medir la longitud del ticket.</translation>
    </message>
    <message>
        <source>The slip could not be turned into a PDF.</source>
        <translation>No se pudo convertir el ticket en PDF.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper</source>
        <translation>La impresora de tickets no tiene papel</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open</source>
        <translation>La tapa de la impresora de tickets está abierta</translation>
    </message>
    <message>
        <source>The receipt printer is not answering (switched off or not connected)</source>
        <translation>La impresora de tickets no responde (apagada o sin conectar)</translation>
    </message>
    <message>
        <source>Paper is jammed in the receipt printer</source>
        <translation>Hay un atasco de papel en la impresora de tickets</translation>
    </message>
    <message>
        <source>The receipt printer is offline (switched off or not connected)</source>
        <translation>La impresora de tickets está desconectada (apagada o sin conectar)</translation>
    </message>
    <message>
        <source>The receipt printer is switched off</source>
        <translation>La impresora de tickets está apagada</translation>
    </message>
    <message>
        <source>The CUPS tools are not installed (%1 missing); install cups-client</source>
        <translation>Las herramientas de CUPS no están instaladas (falta %1); instale cups-client</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not answer within %1; check that cupsd runs</source>
        <translation>El servicio de impresión (CUPS) no respondió en %1; compruebe que cupsd está en marcha</translation>
    </message>
    <message>
        <source>The print service cannot be reached (%1)</source>
        <translation>No se puede acceder al servicio de impresión (%1)</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER and the printer&apos;s name in CUPS (lpstat -p)</source>
        <translation>No hay ninguna impresora llamada &apos;%1&apos;; compruebe KIOSK_PRINTER y el nombre de la impresora en CUPS (lpstat -p)</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running; start cupsd</source>
        <translation>El servicio de impresión (CUPS) no está en marcha; inicie cupsd</translation>
    </message>
    <message>
        <source>The printer &apos;%1&apos; does not accept jobs; a technician can run cupsaccept %1</source>
        <translation>La impresora &apos;%1&apos; no acepta trabajos; un técnico puede ejecutar cupsaccept %1</translation>
    </message>
    <message>
        <source>CUPS refused the slip for &apos;%1&apos;: %2</source>
        <translation>CUPS rechazó el ticket para &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s CUPS queue, or a system default printer (lpadmin -d NAME)</source>
        <translation>No hay impresora configurada: ponga en KIOSK_PRINTER la cola CUPS de la impresora de tickets o defina una impresora predeterminada del sistema (lpadmin -d NOMBRE)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped (%2)</source>
        <translation>La cola de la impresora de tickets &apos;%1&apos; está detenida (%2)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped</source>
        <translation>La cola de la impresora de tickets &apos;%1&apos; está detenida</translation>
    </message>
    <message>
        <source>The receipt printer reports a fault (%1)</source>
        <translation>La impresora de tickets informa de una avería (%1)</translation>
    </message>
    <message>
        <source>A slip has waited %1 in the printer queue</source>
        <translation>Un ticket lleva %1 esperando en la cola de la impresora</translation>
    </message>
    <message>
        <source>%1; the last slip was not printed. It waits in the queue and prints when the printer is ready: do not print it again.</source>
        <translation>%1; el último ticket no se ha impreso. Espera en la cola y se imprimirá cuando la impresora esté lista: no lo imprima otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n slip(s) were not printed. They wait in the queue and print when the printer is ready: do not print them again.</source>
        <translation>
            <numerusform>%1; %n ticket no se ha impreso. Espera en la cola y se imprimirá cuando la impresora esté lista: no lo imprima otra vez.</numerusform>
            <numerusform>%1; %n tickets no se han impreso. Esperan en la cola y se imprimirán cuando la impresora esté lista: no los imprima otra vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the last slip was not printed.</source>
        <translation>%1; el último ticket no se ha impreso.</translation>
    </message>
    <message>
        <source>%1. Check it before the next slip.</source>
        <translation>%1. Revísela antes del próximo ticket.</translation>
    </message>
    <message>
        <source>The last slip was not printed: %1</source>
        <translation>El último ticket no se ha impreso: %1</translation>
    </message>
    <message>
        <source>The page asked to print more than %1 slips at once; the rest were not printed.</source>
        <translation>La página pidió imprimir más de %1 tickets a la vez; el resto no se ha impreso.</translation>
    </message>
    <message>
        <source>The page that asked to print was gone before it could be copied.</source>
        <translation>La página que pidió imprimir desapareció antes de poder copiarla.</translation>
    </message>
    <message>
        <source>The print system failed unexpectedly; see the kiosk log.</source>
        <translation>El sistema de impresión falló inesperadamente; consulte el registro del quiosco.</translation>
    </message>
    <message>
        <source>The printer&apos;s state could not be read; see the kiosk log</source>
        <translation>No se pudo leer el estado de la impresora; consulte el registro del quiosco</translation>
    </message>
    <message>
        <source>The slip&apos;s PDF could not be read for printing</source>
        <translation>No se pudo leer el PDF del ticket para imprimirlo</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s name, or a Windows default printer</source>
        <translation>No hay impresora configurada: ponga en KIOSK_PRINTER el nombre de la impresora de tickets o defina una impresora predeterminada de Windows</translation>
    </message>
    <message>
        <source>The receipt printer reports an error (paper, cover or connection)</source>
        <translation>La impresora de tickets informa de un error (papel, tapa o conexión)</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s queue is paused</source>
        <translation>La cola de la impresora de tickets está en pausa</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER against Settings &gt; Printers</source>
        <translation>No hay ninguna impresora llamada &apos;%1&apos;; compare KIOSK_PRINTER con Configuración &gt; Impresoras</translation>
    </message>
</context>
<context>
    <name>ScreenWords</name>
    <message>
        <source>Try again now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Volviendo a intentar…</translation>
    </message>
    <message>
        <source>Trying again in %1</source>
        <translation>Nuevo intento dentro de %1</translation>
    </message>
    <message>
        <source>Try again in %1</source>
        <translation>Reintentar en %1</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>The webshop page did not load completely.</source>
        <translation>La página de la web de apuestas no se cargó por completo.</translation>
    </message>
    <message>
        <source>The webshop page left for a blank page %1 times in a row, even with fresh login links. Check the webshop (or a proxy in front of it) with BetGames; the kiosk keeps trying.</source>
        <translation>La página de la web de apuestas pasó a una página en blanco %1 veces seguidas, incluso con enlaces de inicio de sesión nuevos. Revise la web de apuestas (o el proxy que tenga delante) con BetGames; el quiosco sigue intentándolo.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to plain http at %1; the kiosk opens only https outside this PC. Check KIOSK_AUTH_URL and any proxy that rewrites https to http.</source>
        <translation>El enlace de inicio de sesión de la web de apuestas redirigió el quiosco a http simple en %1; fuera de este equipo el quiosco solo abre https. Compruebe KIOSK_AUTH_URL y cualquier proxy que cambie https por http.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to %1, which is not in KIOSK_ALLOWED_HOSTS; add it there if it is genuine.</source>
        <translation>El enlace de inicio de sesión de la web de apuestas redirigió el quiosco a %1, que no está en KIOSK_ALLOWED_HOSTS; añádalo si es legítimo.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to an address it may not open (%1). Check KIOSK_AUTH_URL and KIOSK_ALLOWED_HOSTS.</source>
        <translation>El enlace de inicio de sesión de la web de apuestas redirigió el quiosco a una dirección que no puede abrir (%1). Compruebe KIOSK_AUTH_URL y KIOSK_ALLOWED_HOSTS.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 Check the PC&apos;s date and time; behind a company proxy, install its certificate in the system store.</source>
        <translation>Se rechazó la conexión segura con %1: %2 Compruebe la fecha y la hora del equipo; detrás de un proxy de empresa, instale su certificado en el almacén del sistema.</translation>
    </message>
    <message>
        <source>The webshop sent the kiosk to its login page %1 times in a row, even with fresh login links. Check that the POS user is active in the BetGames back office and that the shop, POS and user names are right.</source>
        <translation>La web de apuestas envió el quiosco a su página de inicio de sesión %1 veces seguidas, incluso con enlaces nuevos. Compruebe que el usuario del TPV está activo en el back office de BetGames y que los nombres del local, del TPV y del usuario son correctos.</translation>
    </message>
    <message>
        <source>The web page process ended %1 times within %2; exiting so the kiosk is restarted cleanly.</source>
        <translation>El proceso de la página web terminó %1 veces en %2; el quiosco se cierra para reiniciarse limpio.</translation>
    </message>
    <message>
        <source>The webshop page did not arrive within %1.</source>
        <translation>La página de la web de apuestas no llegó en %1.</translation>
    </message>
    <message>
        <source>Signing in to the webshop…</source>
        <translation>Iniciando sesión en la web de apuestas…</translation>
    </message>
    <message>
        <source>The webshop cannot be reached right now</source>
        <translation>Ahora mismo no se puede acceder a la web de apuestas</translation>
    </message>
    <message>
        <source>The kiosk needs a technician</source>
        <translation>El quiosco necesita un técnico</translation>
    </message>
    <message>
        <source>The webshop page could not be loaded (%1).</source>
        <translation>No se pudo cargar la página de la web de apuestas (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Field required</source>
        <translation>Campo obligatorio</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Debe ser un número entero; este texto no se puede leer como número</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Debe ser un número entero, pero tiene decimales</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Debe ser un número entero</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Debe ser un número; este texto no se puede leer como número</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Debe ser un número</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Debe ser true o false; no se puede interpretar el valor</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Debe ser true o false</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Debe ser un texto</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Debe ser una lista</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>Debe ser mayor que %1</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>Debe ser mayor o igual que %1</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>Debe ser menor que %1</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>Debe ser menor o igual que %1</translation>
    </message>
    <message>
        <source>%1: %2, got %3 (%4)</source>
        <translation>%1: %2, se recibió %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the autologin endpoint</source>
        <translation>debe ser la URL http(s) completa del servicio de inicio de sesión automático</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the player-data gateway</source>
        <translation>debe ser la URL http(s) completa de la pasarela de datos de jugadores</translation>
    </message>
    <message>
        <source>must be a single path segment such as &apos;v1&apos;</source>
        <translation>debe ser un único segmento de ruta, como &apos;v1&apos;</translation>
    </message>
    <message>
        <source>must list at least one host, e.g. %1</source>
        <translation>debe indicar al menos un host, p. ej. %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1)</source>
        <translation>no es una expresión regular válida (%1)</translation>
    </message>
    <message>
        <source>matches the autologin link itself, so every login would loop</source>
        <translation>coincide con el propio enlace de inicio de sesión automático, así que cada inicio de sesión entraría en bucle</translation>
    </message>
    <message>
        <source>must be a local time like &quot;04:00&quot;, or empty to turn it off</source>
        <translation>debe ser una hora local como &quot;04:00&quot;, o vacío para desactivarlo</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>must be modifiers and one key, like &quot;Ctrl+Alt+Shift+T&quot;</source>
        <translation>debe ser una combinación de modificadores y una tecla, como &quot;Ctrl+Alt+Shift+T&quot;</translation>
    </message>
    <message>
        <source>%1 is not a key name the kiosk knows: use a letter, a digit, F1-F35 or one of %2</source>
        <translation>%1 no es un nombre de tecla que el quiosco conozca: use una letra, un dígito, F1-F35 o uno de estos: %2</translation>
    </message>
    <message>
        <source>needs Ctrl, Alt or Meta (Shift alone would take a letter from the webshop)</source>
        <translation>necesita Ctrl, Alt o Meta (Shift solo le quitaría una letra a la web de apuestas)</translation>
    </message>
    <message>
        <source>is not a PIN hash; write it with `kiosk set-pin`, never the PIN itself</source>
        <translation>no es un hash de PIN; escríbalo con `kiosk set-pin`, nunca el PIN en sí</translation>
    </message>
    <message>
        <source>must be auto, on or off</source>
        <translation>debe ser auto, on u off</translation>
    </message>
    <message>
        <source>%1 is not a keyboard layout; use %2</source>
        <translation>%1 no es una distribución de teclado; use %2</translation>
    </message>
    <message>
        <source>names a layout twice</source>
        <translation>repite una distribución</translation>
    </message>
    <message>
        <source>%1 is not a language the kiosk speaks; use one of %2, or leave it empty for the system&apos;s</source>
        <translation>%1 no es un idioma que hable el quiosco; use uno de estos: %2, o déjelo vacío para usar el del sistema</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>leaves less than 20 mm to print on paper %1 mm wide; use at most %2 mm</source>
        <translation>deja menos de 20 mm para imprimir en papel de %1 mm de ancho; use como máximo %2 mm</translation>
    </message>
    <message>
        <source>%1 cannot be a printer name (it starts with &apos;-&apos;)</source>
        <translation>%1 no puede ser un nombre de impresora (empieza por &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a printer name of at most 127 characters, empty for the system default, or off</source>
        <translation>debe ser un nombre de impresora de 127 caracteres como máximo, vacío para la predeterminada del sistema, u off</translation>
    </message>
    <message>
        <source>%1 cannot be a CUPS queue name (no spaces, &apos;/&apos;, &apos;#&apos; or &apos;\&apos;); list the queues with lpstat -p</source>
        <translation>%1 no puede ser un nombre de cola CUPS (sin espacios, &apos;/&apos;, &apos;#&apos; ni &apos;\&apos;); las colas se listan con lpstat -p</translation>
    </message>
    <message>
        <source>must use https (plain http is accepted only for a loopback sandbox)</source>
        <translation>debe usar https (http simple solo se acepta para un sandbox local)</translation>
    </message>
    <message>
        <source>the config file %1 does not exist (given with --config)</source>
        <translation>el archivo de configuración %1 no existe (indicado con --config)</translation>
    </message>
    <message>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 no es TOML válido: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2: %3</source>
        <translation>no se puede leer %1: %2: %3</translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation>de la variable de entorno %1</translation>
    </message>
    <message>
        <source>from %1, key &apos;%2&apos;</source>
        <translation>de %1, clave &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not set: set environment variable %1 or key &apos;%2&apos; in %3</source>
        <translation>sin definir: defina la variable de entorno %1 o la clave &apos;%2&apos; en %3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a setting the kiosk knows (check the spelling; keys are lower case)</source>
        <translation>&apos;%1&apos; en %2 no es un ajuste que el quiosco conozca (compruebe cómo está escrito; las claves van en minúsculas)</translation>
    </message>
    <message>
        <source>%1 (a JSON list, e.g. %2)</source>
        <translation>%1 (una lista JSON, p. ej. %2)</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <source>This terminal is not set up yet</source>
        <translation>Este terminal aún no está configurado</translation>
    </message>
    <message>
        <source>The webshop starts once a technician has entered its settings. What is missing or wrong:</source>
        <translation>La web de apuestas se abrirá cuando un técnico introduzca la configuración. Qué falta o está mal:</translation>
    </message>
    <message>
        <source>Set up this terminal</source>
        <translation>Configurar este terminal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation>La configuración está bloqueada</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>PIN de técnico</translation>
    </message>
    <message>
        <source>Choose a technician PIN (%1)</source>
        <translation>Elija un PIN de técnico (%1)</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Introduzca el PIN</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>Configuración del terminal</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>held by the broker</source>
        <translation>lo guarda el intermediario</translation>
    </message>
    <message>
        <source>set; type here to replace it</source>
        <translation>configurada; escriba aquí para cambiarla</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>set by the environment (wins over this file)</source>
        <translation>definido por el entorno (tiene prioridad sobre este archivo)</translation>
    </message>
    <message>
        <source>saved to %1 and the broker</source>
        <translation>se guarda en %1 y en el intermediario</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>se guarda en %1</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation>Corrija los campos marcados en rojo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>the test failed unexpectedly (%1)</source>
        <translation>la prueba falló inesperadamente (%1)</translation>
    </message>
    <message>
        <source>Connection works (save first to test new values): %1</source>
        <translation>La conexión funciona (guarde primero para probar los valores nuevos): %1</translation>
    </message>
    <message>
        <source>Connection failed (save first to test new values): %1</source>
        <translation>La conexión ha fallado (guarde primero para probar los valores nuevos): %1</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>La conexión funciona: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>La conexión ha fallado: %1</translation>
    </message>
    <message>
        <source>Handing the settings to the broker…</source>
        <translation>Entregando los ajustes al intermediario…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Nothing was saved: the save failed unexpectedly (%1).</source>
        <translation>No se ha guardado nada: el guardado falló de forma inesperada (%1).</translation>
    </message>
    <message>
        <source>The technician PIN (%1) is not a PIN hash, so settings cannot be opened here. In a shell, run `kiosk set-pin` (or remove that setting), then restart the kiosk.</source>
        <translation>El PIN de técnico (%1) no es un hash de PIN, así que la configuración no se puede abrir aquí. En una terminal, ejecute `kiosk set-pin` (o quite ese ajuste) y reinicie el quiosco.</translation>
    </message>
</context>
<context>
    <name>TechnicianWords</name>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>asking for a login link</source>
        <translation>pidiendo un enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>loading the webshop</source>
        <translation>cargando la web de apuestas</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>lista</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>error</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Introduzca el PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Technician menu</source>
        <translation>Menú del técnico</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Recargar la página</translation>
    </message>
    <message>
        <source>New login link</source>
        <translation>Nuevo enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Locked for %1.</source>
        <translation>Bloqueado durante %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Local de apuestas</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Punto de venta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Funcionamiento limitado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>%1: %2 (%3 printed, %4 failed, %5 waiting)</source>
        <translation>%1: %2 (%3 impresos, %4 fallidos, %5 en espera)</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>Error de impresora</translation>
    </message>
</context>
<context>
    <name>TestPageWords</name>
    <message>
        <source>%1 mm wide, margins %2 mm</source>
        <translation>%1 mm de ancho, márgenes de %2 mm</translation>
    </message>
    <message>
        <source>Kiosk printer test page</source>
        <translation>Página de prueba de la impresora del quiosco</translation>
    </message>
    <message>
        <source>PRINTER TEST PAGE</source>
        <translation>PÁGINA DE PRUEBA DE IMPRESORA</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Local de apuestas</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Punto de venta</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Impreso el</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>The ruler should span the paper from edge to edge.</source>
        <translation>La regla debe ocupar el papel de borde a borde.</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(predeterminada del sistema)</translation>
    </message>
</context>
<context>
    <name>UpdateWords</name>
    <message>
        <source>not installed from a package here: no automatic updates</source>
        <translation>aquí no está instalado desde un paquete: sin actualizaciones automáticas</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the %2 fresh start</source>
        <translation>%1 está instalada; el quiosco se reiniciará con ella en el reinicio diario de las %2</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the next restart</source>
        <translation>%1 está instalada; el quiosco se reiniciará con ella en el próximo reinicio</translation>
    </message>
    <message>
        <source>none pending (%1 is installed)</source>
        <translation>ninguna pendiente (%1 está instalada)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Last update check</source>
        <translation>Última comprobación de actualizaciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
    <message>
        <source>never (see KIOSK_UPDATE_WINDOW and the repository in kiosk doctor)</source>
        <translation>nunca (vea KIOSK_UPDATE_WINDOW y el repositorio en kiosk doctor)</translation>
    </message>
    <message>
        <source>this kiosk does not run from an installed package: no automatic updates</source>
        <translation>este quiosco no se ejecuta desde un paquete instalado: sin actualizaciones automáticas</translation>
    </message>
    <message>
        <source>no repository (%1 is missing; see docs/it/updates.md)</source>
        <translation>sin repositorio (falta %1; vea docs/it/updates.md)</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>repositorio %1</translation>
    </message>
    <message>
        <source>automatic updates off (KIOSK_UPDATE_WINDOW is empty)</source>
        <translation>actualizaciones automáticas desactivadas (KIOSK_UPDATE_WINDOW está vacío)</translation>
    </message>
    <message>
        <source>window %1, but no daily fresh start: an update waits for a restart</source>
        <translation>ventana %1, pero sin reinicio diario: una actualización espera a un reinicio</translation>
    </message>
    <message>
        <source>window %1 does not close before the %2 fresh start</source>
        <translation>la ventana %1 no se cierra antes del reinicio de las %2</translation>
    </message>
    <message>
        <source>window %1, fresh start %2</source>
        <translation>ventana %1, reinicio %2</translation>
    </message>
    <message>
        <source>never checked yet</source>
        <translation>aún no se ha comprobado</translation>
    </message>
    <message>
        <source>last check %1: %2</source>
        <translation>última comprobación %1: %2</translation>
    </message>
    <message>
        <source>last check %1: FAILED: %2</source>
        <translation>última comprobación %1: FALLÓ: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n rollback(s), the last: %1; held %2 (`kiosk update --unhold VERSION`)</source>
        <translation>
            <numerusform>%n reversión, la última: %1; retenidas %2 (`kiosk update --unhold VERSION`)</numerusform>
            <numerusform>%n reversiones, la última: %1; retenidas %2 (`kiosk update --unhold VERSION`)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on trial: rolled back if it does not reach ready in time</source>
        <translation>%1 está a prueba: se revertirá si no llega a estar lista a tiempo</translation>
    </message>
    <message>
        <source>%1 is installed; this kiosk (%2) restarts into it at its fresh start</source>
        <translation>%1 está instalada; este quiosco (%2) se reiniciará con ella en su reinicio</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>Reversiones</translation>
    </message>
    <message>
        <source>%1; last %2: %3; back to %4. Held: %5</source>
        <translation>%1; la última %2: %3; vuelta a %4. Retenidas: %5</translation>
    </message>
</context>
<context>
    <name>WebshopWords</name>
    <message>
        <source>The autologin service at %1 did not answer with JSON (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>El servicio de inicio de sesión automático en %1 no respondió con JSON (¿página de un proxy o de un portal cautivo?); compruebe el acceso a internet del local.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered without a login link; it will be tried again.</source>
        <translation>El servicio de inicio de sesión automático en %1 respondió sin enlace de inicio de sesión; se volverá a intentar.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP %2) and asked to be tried again in %3.</source>
        <translation>El servicio de inicio de sesión automático en %1 está ocupado (HTTP %2) y pide que se vuelva a intentar dentro de %3.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP 429); it will be tried again.</source>
        <translation>El servicio de inicio de sesión automático en %1 está ocupado (HTTP 429); se volverá a intentar.</translation>
    </message>
    <message>
        <source>The autologin service at %1 has a problem (HTTP %2); it will be tried again.</source>
        <translation>El servicio de inicio de sesión automático en %1 tiene un problema (HTTP %2); se volverá a intentar.</translation>
    </message>
    <message>
        <source>The webshop rejected the autologin request: %1. Check the partner id and secret key, and the shop, POS and user names in the kiosk configuration.</source>
        <translation>La web de apuestas rechazó el inicio de sesión automático: %1. Compruebe en la configuración del quiosco el ID de socio, la clave secreta y los nombres del local, del TPV y del usuario.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered HTTP %2; check KIOSK_AUTH_URL and any proxy between the shop and the internet.</source>
        <translation>El servicio de inicio de sesión automático en %1 respondió HTTP %2; compruebe KIOSK_AUTH_URL y cualquier proxy entre el local e internet.</translation>
    </message>
    <message>
        <source>The autologin service at %1 took longer than %2 to answer (a slow proxy or captive portal?); check the shop&apos;s internet connection.</source>
        <translation>El servicio de inicio de sesión automático en %1 tardó más de %2 en responder (¿un proxy lento o un portal cautivo?); compruebe la conexión a internet del local.</translation>
    </message>
    <message>
        <source>The autologin service at %1 sent an answer larger than %2 KiB (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>El servicio de inicio de sesión automático en %1 envió una respuesta de más de %2 KiB (¿página de un proxy o de un portal cautivo?); compruebe el acceso a internet del local.</translation>
    </message>
    <message>
        <source>The autologin service at %1 did not answer in time; check the shop&apos;s internet connection.</source>
        <translation>El servicio de inicio de sesión automático en %1 no respondió a tiempo; compruebe la conexión a internet del local.</translation>
    </message>
    <message>
        <source>The autologin request to %1 failed (%2); check the shop&apos;s internet connection and proxy.</source>
        <translation>La solicitud de inicio de sesión automático a %1 falló (%2); compruebe la conexión a internet del local y el proxy.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a login link that is not https (%1); the kiosk will not open it. Check the broker&apos;s auth_url.</source>
        <translation>El intermediario del quiosco envió un enlace de inicio de sesión que no es https (%1); el quiosco no lo abrirá. Compruebe el auth_url del intermediario.</translation>
    </message>
    <message>
        <source>The webshop sent a login link that is not https (%1); the kiosk will not open it. Check KIOSK_AUTH_URL points at the real BetGames service.</source>
        <translation>La web de apuestas envió un enlace de inicio de sesión que no es https (%1); el quiosco no lo abrirá. Compruebe que KIOSK_AUTH_URL apunta al servicio real de BetGames.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2): %3.</source>
        <translation>La web de apuestas envió un enlace de inicio de sesión a %1, que no está en KIOSK_ALLOWED_HOSTS (%2): %3.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2); add it there if it is genuine.</source>
        <translation>La web de apuestas envió un enlace de inicio de sesión a %1, que no está en KIOSK_ALLOWED_HOSTS (%2); añádalo si es legítimo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate problem); check the PC&apos;s date and time and, behind a company proxy, that its certificate is installed in the system store.</source>
        <translation>La conexión segura con %1 falló (problema de certificado); compruebe la fecha y la hora del equipo y, detrás de un proxy de empresa, que su certificado está instalado en el almacén del sistema.</translation>
    </message>
    <message>
        <source>The address %1 cannot be found (DNS); check the shop&apos;s internet connection.</source>
        <translation>No se encuentra la dirección %1 (DNS); compruebe la conexión a internet del local.</translation>
    </message>
    <message>
        <source>The autologin service at %1 cannot be reached; check the shop&apos;s internet connection.</source>
        <translation>No se puede acceder al servicio de inicio de sesión automático en %1; compruebe la conexión a internet del local.</translation>
    </message>
    <message>
        <source>The autologin request failed unexpectedly; it will be tried again.</source>
        <translation>La solicitud de inicio de sesión automático falló inesperadamente; se volverá a intentar.</translation>
    </message>
    <message>
        <source>The kiosk cannot get a login link: %1.</source>
        <translation>El quiosco no puede obtener un enlace de inicio de sesión: %1.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker at %1 did not answer properly (%2); it will be tried again.</source>
        <translation>El intermediario del quiosco en %1 no respondió correctamente (%2); se volverá a intentar.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent an answer without a login link; it will be tried again.</source>
        <translation>El intermediario del quiosco respondió sin enlace de inicio de sesión; se volverá a intentar.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a failure without a reason; it will be tried again.</source>
        <translation>El intermediario del quiosco informó de un fallo sin motivo; se volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>WidgetWords</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
</TS>
