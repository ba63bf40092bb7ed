<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekundę</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
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
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <source>link host not allowed: %1</source>
        <translation>host linku jest niedozwolony: %1</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>brak połączenia: %1</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>przyjęte przez brokera: id sklepu %1, id stanowiska %2, id użytkownika %3; link logowania prowadzi do %4, dozwolonego hosta (%5 ms)</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>przyjęto: ID sklepu %1, ID stanowiska %2, ID użytkownika %3; link logowania prowadzi do %4, dozwolonego hosta (%5 ms)</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>przyjęte przez brokera: id sklepu %1, id stanowiska %2, id użytkownika %3; link logowania prowadzi do %4, dozwolonego hosta (%5 ms). Strona logowania: %6</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>przyjęto: ID sklepu %1, ID stanowiska %2, ID użytkownika %3; link logowania prowadzi do %4, dozwolonego hosta (%5 ms). Strona logowania: %6</translation>
    </message>
</context>
<context>
    <name>CustodyWords</name>
    <message>
        <source>the partner secret is readable by the desktop user (direct mode: the kiosk holds it in its own settings); move it to the broker: %1</source>
        <translation>sekret partnera może odczytać użytkownik pulpitu (tryb bezpośredni: kiosk trzyma go we własnych ustawieniach); przenieś go do brokera: %1</translation>
    </message>
    <message>
        <source>direct mode (development, demo, sandbox): the partner secret is in the kiosk&apos;s own settings; an installed terminal keeps it in the broker (KIOSK_BROKER)</source>
        <translation>tryb bezpośredni (rozwój, demo, piaskownica): sekret partnera jest we własnych ustawieniach kiosku; zainstalowany terminal trzyma go w brokerze (KIOSK_BROKER)</translation>
    </message>
    <message>
        <source>broker mode, but %1; %2</source>
        <translation>tryb brokera, ale %1; %2</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet (%1); set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>tryb brokera, ale broker nie ma jeszcze tożsamości (%1); skonfiguruj ją: sudo kiosk setup, ekran ustawień lub sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet; set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>tryb brokera, ale broker nie ma jeszcze tożsamości; skonfiguruj ją: sudo kiosk setup, ekran ustawień lub sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode: the broker at %1 holds it (partner %2, shop %3), out of the desktop user&apos;s reach</source>
        <translation>tryb brokera: trzyma go broker pod %1 (partner %2, sklep %3), poza zasięgiem użytkownika pulpitu</translation>
    </message>
</context>
<context>
    <name>DataDirWords</name>
    <message>
        <source>data dir not writable: %1 (%2)</source>
        <translation>brak zapisu w katalogu danych: %1 (%2)</translation>
    </message>
    <message>
        <source>data dir almost full: %1 (%2 MB free)</source>
        <translation>katalog danych prawie pełny: %1 (wolne %2 MB)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWords</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostyka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Wszystkie testy zaliczone</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>Nie powiódł się %n test</numerusform>
            <numerusform>Nie powiodły się %n testy</numerusform>
            <numerusform>Nie powiodło się %n testów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogWords</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DoctorWords</name>
    <message>
        <source>configuration</source>
        <translation>konfiguracja</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>katalog danych</translation>
    </message>
    <message>
        <source>kiosk process</source>
        <translation>proces kiosku</translation>
    </message>
    <message>
        <source>display</source>
        <translation>ekran</translation>
    </message>
    <message>
        <source>web engine libraries</source>
        <translation>biblioteki silnika WWW</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>autologin</source>
        <translation>automatyczne logowanie</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>zegar</translation>
    </message>
    <message>
        <source>allowed hosts</source>
        <translation>dozwolone hosty</translation>
    </message>
    <message>
        <source>login page</source>
        <translation>strona logowania</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>drukarka</translation>
    </message>
    <message>
        <source>web engine</source>
        <translation>silnik WWW</translation>
    </message>
    <message>
        <source>video</source>
        <translation>wideo</translation>
    </message>
    <message>
        <source>partner secret</source>
        <translation>sekret partnera</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>aktualizacje</translation>
    </message>
    <message>
        <source>the check itself failed (%1); see the kiosk log and report it</source>
        <translation>sam test się nie powiódł (%1); sprawdź dziennik kiosku i zgłoś błąd</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them in the config file or with `kiosk setup`:</source>
        <translation>
            <numerusform>%n problem; popraw go w pliku konfiguracyjnym lub poleceniem `kiosk setup`:</numerusform>
            <numerusform>%n problemy; popraw je w pliku konfiguracyjnym lub poleceniem `kiosk setup`:</numerusform>
            <numerusform>%n problemów; popraw je w pliku konfiguracyjnym lub poleceniem `kiosk setup`:</numerusform>
        </translation>
    </message>
    <message>
        <source>valid; %1</source>
        <translation>poprawna; %1</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>z %1: %2</translation>
    </message>
    <message>
        <source>from the environment: %1 (these win over the file: %2)</source>
        <translation>ze zmiennych środowiskowych: %1 (mają pierwszeństwo przed plikiem: %2)</translation>
    </message>
    <message>
        <source>from the environment: %1</source>
        <translation>ze zmiennych środowiskowych: %1</translation>
    </message>
    <message>
        <source>only defaults</source>
        <translation>tylko wartości domyślne</translation>
    </message>
    <message>
        <source>the rest are defaults</source>
        <translation>pozostałe mają wartości domyślne</translation>
    </message>
    <message>
        <source>%1; the kiosk would run degraded. Fix the permissions or free space, or set %2.</source>
        <translation>%1; kiosk działałby w trybie ograniczonym. Popraw uprawnienia lub zwolnij miejsce albo ustaw %2.</translation>
    </message>
    <message>
        <source>%1 is writable but only %2 MB are free; free some space.</source>
        <translation>%1 jest zapisywalny, ale wolne jest tylko %2 MB; zwolnij trochę miejsca.</translation>
    </message>
    <message>
        <source>%1 is writable, %2 GB free</source>
        <translation>%1 jest zapisywalny, wolne %2 GB</translation>
    </message>
    <message>
        <source>no kiosk is running on this data dir</source>
        <translation>na tym katalogu danych nie działa żaden kiosk</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions</source>
        <translation>nie można odczytać %1 (%2); sprawdź uprawnienia</translation>
    </message>
    <message>
        <source>a kiosk is running on this data dir (pid %1)</source>
        <translation>na tym katalogu danych działa kiosk (pid %1)</translation>
    </message>
    <message>
        <source>no kiosk is running (a stale lock is left; the next start takes it over)</source>
        <translation>żaden kiosk nie działa (została stara blokada; przejmie ją następne uruchomienie)</translation>
    </message>
    <message>
        <source>the desktop session provides the display</source>
        <translation>ekran zapewnia sesja pulpitu</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=offscreen: the kiosk would draw to no screen (right for tests only); unset it on a terminal</source>
        <translation>QT_QPA_PLATFORM=offscreen: kiosk nie rysowałby na żadnym ekranie (dobre tylko do testów); na terminalu usuń tę zmienną</translation>
    </message>
    <message>
        <source>Wayland display %1</source>
        <translation>ekran Wayland %1</translation>
    </message>
    <message>
        <source>WAYLAND_DISPLAY=%1 but %2 does not exist; run inside the desktop session</source>
        <translation>WAYLAND_DISPLAY=%1, ale %2 nie istnieje; uruchom w sesji pulpitu</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set; run it inside the desktop session (as the installed service does), or set DISPLAY=:0</source>
        <translation>nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY; uruchom w sesji pulpitu (jak robi to zainstalowana usługa) lub ustaw DISPLAY=:0</translation>
    </message>
    <message>
        <source>DISPLAY=%1 is not a display name like :0</source>
        <translation>DISPLAY=%1 nie jest nazwą ekranu (np. :0)</translation>
    </message>
    <message>
        <source>no X server answers on DISPLAY=%1 (%2); start the desktop session or check DISPLAY</source>
        <translation>na DISPLAY=%1 nie odpowiada żaden serwer X (%2); uruchom sesję pulpitu lub sprawdź DISPLAY</translation>
    </message>
    <message>
        <source>X server on DISPLAY=%1</source>
        <translation>serwer X na DISPLAY=%1</translation>
    </message>
    <message>
        <source>checked on Linux only (the Windows installer ships every library)</source>
        <translation>sprawdzane tylko w Linuksie (instalator dla Windows zawiera wszystkie biblioteki)</translation>
    </message>
    <message>
        <source>ldd is not installed, so the libraries cannot be listed</source>
        <translation>brak programu ldd, więc nie można wypisać bibliotek</translation>
    </message>
    <message>
        <source>QtWebEngine is not found; reinstall the kiosk</source>
        <translation>nie znaleziono QtWebEngine; zainstaluj kiosk ponownie</translation>
    </message>
    <message>
        <source>every library QtWebEngine and the X platform need is installed</source>
        <translation>zainstalowano wszystkie biblioteki potrzebne QtWebEngine i platformie X</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>brakuje %1</translation>
    </message>
    <message>
        <source>install them: %1</source>
        <translation>zainstaluj je: %1</translation>
    </message>
    <message>
        <source>find the package of %1 with `apt-file search`</source>
        <translation>znajdź pakiet z %1 poleceniem `apt-file search`</translation>
    </message>
    <message>
        <source>the web engine test could not be started; reinstall the kiosk</source>
        <translation>nie udało się uruchomić testu silnika WWW; zainstaluj kiosk ponownie</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page within 30 s; the PC may be overloaded, or its graphics drivers broken</source>
        <translation>QtWebEngine nie wczytał strony testowej w ciągu 30 s; komputer może być przeciążony lub sterowniki grafiki uszkodzone</translation>
    </message>
    <message>
        <source>QtWebEngine started a renderer and loaded a test page</source>
        <translation>QtWebEngine uruchomił proces renderujący i wczytał stronę testową</translation>
    </message>
    <message>
        <source>QtWebEngine cannot start as root (Chromium&apos;s sandbox refuses it); run `kiosk doctor` as the kiosk&apos;s user, e.g. %1</source>
        <translation>QtWebEngine nie może działać jako root (nie pozwala na to piaskownica Chromium); uruchom `kiosk doctor` jako użytkownik kiosku, np. %1</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page (%1); check the web engine libraries above and the graphics drivers</source>
        <translation>QtWebEngine nie wczytał strony testowej (%1); sprawdź biblioteki silnika WWW powyżej i sterowniki grafiki</translation>
    </message>
    <message>
        <source>not checked: the web engine did not start (above)</source>
        <translation>nie sprawdzono: silnik WWW się nie uruchomił (patrz wyżej)</translation>
    </message>
    <message>
        <source>the web engine did not say which codecs it plays within 20 s; run `kiosk doctor` again, and check the graphics drivers if it repeats</source>
        <translation>silnik WWW nie podał w ciągu 20 s, jakie kodeki odtwarza; uruchom `kiosk doctor` ponownie, a jeśli się powtórzy, sprawdź sterowniki grafiki</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>serwer proxy %1</translation>
    </message>
    <message>
        <source>%1 cannot be resolved (%2); check the network cable or Wi-Fi, and the PC&apos;s DNS servers</source>
        <translation>nie można ustalić adresu %1 (%2); sprawdź kabel sieciowy lub Wi-Fi oraz serwery DNS komputera</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>skipped: the name did not resolve</source>
        <translation>pominięto: nie ustalono adresu</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); a firewall or proxy may block it: check the shop&apos;s internet access</source>
        <translation>nie można połączyć się z %1 (%2); może blokować zapora lub proxy: sprawdź dostęp punktu do internetu</translation>
    </message>
    <message>
        <source>%1 reachable through the proxy %2 in %3 ms</source>
        <translation>%1 osiągalny przez proxy %2 w %3 ms</translation>
    </message>
    <message>
        <source>%1 reachable in %2 ms</source>
        <translation>%1 osiągalny w %2 ms</translation>
    </message>
    <message>
        <source>plain http to the loopback sandbox %1; no TLS to check</source>
        <translation>zwykłe http do lokalnej piaskownicy %1; nie ma TLS do sprawdzenia</translation>
    </message>
    <message>
        <source>skipped: no connection</source>
        <translation>pominięto: brak połączenia</translation>
    </message>
    <message>
        <source>through a proxy: the autologin request below checks the certificate</source>
        <translation>przez proxy: certyfikat sprawdza poniższe żądanie automatycznego logowania</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); check the PC&apos;s date and time, and behind a company proxy install its certificate in the system store</source>
        <translation>certyfikat %1 nie jest zaufany (%2); sprawdź datę i godzinę komputera, a za firmowym proxy zainstaluj jego certyfikat w magazynie systemowym</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2); a proxy or firewall may intercept it</source>
        <translation>bezpieczne połączenie z %1 nie powiodło się (%2); może je przechwytywać proxy lub zapora</translation>
    </message>
    <message>
        <source>%1 to %2, certificate trusted by the system store</source>
        <translation>%1 do %2, certyfikat zaufany przez magazyn systemowy</translation>
    </message>
    <message>
        <source>skipped: the configuration is not complete</source>
        <translation>pominięto: konfiguracja jest niekompletna</translation>
    </message>
    <message>
        <source>skipped: the autologin host did not resolve</source>
        <translation>pominięto: nie ustalono adresu hosta automatycznego logowania</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s time could not be read (no answer)</source>
        <translation>pominięto: nie udało się odczytać czasu API (brak odpowiedzi)</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s Date header cannot be read</source>
        <translation>pominięto: nie można odczytać nagłówka Date z API</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>zegar tego komputera spieszy się o %1 względem API; certyfikaty będą wyglądać na nieważne: ustaw datę i godzinę oraz włącz automatyczny czas (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>zegar tego komputera późni się o %1 względem API; certyfikaty będą wyglądać na nieważne: ustaw datę i godzinę oraz włącz automatyczny czas (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; turn on automatic time (NTP)</source>
        <translation>zegar tego komputera spieszy się o %1 względem API; włącz automatyczny czas (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; turn on automatic time (NTP)</source>
        <translation>zegar tego komputera późni się o %1 względem API; włącz automatyczny czas (NTP)</translation>
    </message>
    <message>
        <source>within %1 of the API&apos;s clock</source>
        <translation>różni się od zegara API najwyżej o %1</translation>
    </message>
    <message>
        <source>printing is off (KIOSK_PRINTER=off)</source>
        <translation>drukowanie wyłączone (KIOSK_PRINTER=off)</translation>
    </message>
    <message>
        <source>printer %1: %2</source>
        <translation>drukarka %1: %2</translation>
    </message>
    <message>
        <source>printer %1 is %2</source>
        <translation>drukarka %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukuje</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymana</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>niedostępna</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>błąd</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Partner id</source>
        <translation>ID partnera</translation>
    </message>
    <message>
        <source>a number from BetGames</source>
        <translation>liczba od BetGames</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Klucz tajny</translation>
    </message>
    <message>
        <source>from BetGames; never shown</source>
        <translation>od BetGames; nigdy nie jest wyświetlany</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nazwa punktu</translation>
    </message>
    <message>
        <source>as registered, e.g. %1</source>
        <translation>jak w rejestracji, np. %1</translation>
    </message>
    <message>
        <source>POS name</source>
        <translation>Nazwa stanowiska</translation>
    </message>
    <message>
        <source>the point of sale, e.g. %1</source>
        <translation>stanowisko sprzedaży, np. %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>the POS user</source>
        <translation>użytkownik stanowiska</translation>
    </message>
    <message>
        <source>Autologin URL</source>
        <translation>URL automatycznego logowania</translation>
    </message>
    <message>
        <source>leave as it is unless BetGames says otherwise</source>
        <translation>zostaw bez zmian, chyba że BetGames poda inaczej</translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation>Dozwolone hosty</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>print queue name; empty = the system default; off = no printing</source>
        <translation>nazwa kolejki wydruku; puste = domyślna systemowa; off = bez drukowania</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Reading your mobile number…</source>
        <translation>Odczytujemy Twój numer telefonu…</translation>
    </message>
    <message>
        <source>Enter your mobile number: country code and number.</source>
        <translation>Wpisz numer telefonu komórkowego: kierunkowy kraju i numer.</translation>
    </message>
    <message>
        <source>That is not a mobile number. Enter the country code and the number, for example %1.</source>
        <translation>To nie jest numer telefonu komórkowego. Wpisz kierunkowy kraju i numer, na przykład %1.</translation>
    </message>
    <message>
        <source>Ask for a new code first.</source>
        <translation>Najpierw poproś o nowy kod.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Wpisz kod z SMS-a.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sprawdzamy kod…</translation>
    </message>
    <message>
        <source>Phone verification cancelled.</source>
        <translation>Weryfikacja telefonu anulowana.</translation>
    </message>
    <message>
        <source>Phone verification ended because nothing happened for a while.</source>
        <translation>Weryfikacja telefonu została zakończona, bo przez dłuższą chwilę nic się nie działo.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is verified.</source>
        <translation>Twój numer telefonu %1 jest zweryfikowany.</translation>
    </message>
    <message>
        <source>Phone verification is not available right now. Please ask at the counter.</source>
        <translation>Weryfikacja telefonu jest teraz niedostępna. Zapytaj przy kasie.</translation>
    </message>
    <message>
        <source>Is %1 your mobile number? We will send a code to it by SMS.</source>
        <translation>Czy %1 to Twój numer telefonu? Wyślemy na niego kod SMS-em.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is saved. It does not need an SMS check.</source>
        <translation>Twój numer telefonu %1 został zapisany. Nie wymaga weryfikacji SMS-em.</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1. Enter it here.</source>
        <translation>Wysłaliśmy kod SMS-em na numer %1. Wpisz go tutaj.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Twoja sesja wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Phone verification is not available on this terminal. Please ask staff for help.</source>
        <translation>Weryfikacja telefonu nie jest dostępna na tym terminalu. Poproś o pomoc obsługę.</translation>
    </message>
    <message>
        <source>Too many attempts: phone verification is blocked for now. Please ask staff for help.</source>
        <translation>Zbyt wiele prób: weryfikacja telefonu jest chwilowo zablokowana. Poproś o pomoc obsługę.</translation>
    </message>
    <message>
        <source>Your code has expired. Ask for a new code.</source>
        <translation>Kod wygasł. Poproś o nowy kod.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Please try again in a few minutes.</source>
        <translation>Platforma kasyna nie odpowiada. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your number was not saved; please try again.</source>
        <translation>Platforma kasyna nie odpowiada. Numer nie został zapisany; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. The code may not have been sent; please try again.</source>
        <translation>Platforma kasyna nie odpowiada. Kod mógł nie zostać wysłany; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your code was not checked; please enter it again.</source>
        <translation>Platforma kasyna nie odpowiada. Kod nie został sprawdzony; wpisz go ponownie.</translation>
    </message>
    <message>
        <source>Saving your mobile number…</source>
        <translation>Zapisujemy Twój numer telefonu…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>Wysyłamy kod na numer %1…</translation>
    </message>
    <message>
        <source>Please wait %1, then ask for a new code.</source>
        <translation>Odczekaj %1, a potem poproś o nowy kod.</translation>
    </message>
    <message>
        <source>Please wait %1, then try again.</source>
        <translation>Odczekaj %1 i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is already verified.</source>
        <translation>Twój numer telefonu %1 jest już zweryfikowany.</translation>
    </message>
</context>
<context>
    <name>HostWords</name>
    <message>
        <source>%1 has no closing &apos;]&apos;</source>
        <translation>w %1 brakuje zamykającego &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1 has something after &apos;]&apos; that is not a port</source>
        <translation>w %1 po &apos;]&apos; jest coś, co nie jest portem</translation>
    </message>
    <message>
        <source>%1 has port %2, which is not a port number (1-65535)</source>
        <translation>%1 ma port %2, który nie jest numerem portu (1–65535)</translation>
    </message>
    <message>
        <source>%1 is not a host name: write the host alone, without scheme or path (e.g. &apos;webshop.betgames.tv&apos; or &apos;*.betgames.tv&apos;)</source>
        <translation>%1 nie jest nazwą hosta: wpisz sam host, bez schematu i ścieżki (np. &apos;webshop.betgames.tv&apos; lub &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1 would allow every host on the internet; list the webshop&apos;s own hosts or domains (e.g. &apos;*.betgames.tv&apos;)</source>
        <translation>%1 dopuściłby każdy host w internecie; wpisz hosty lub domeny samego serwisu zakładów (np. &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1: write a whole domain as &apos;%2&apos; (a leading dot alone is not used here)</source>
        <translation>%1: całą domenę zapisz jako &apos;%2&apos; (sama kropka na początku nie jest tu używana)</translation>
    </message>
    <message>
        <source>%1: a &apos;*&apos; may only stand as the first label, as in &apos;*.betgames.tv&apos; (the domain and every name under it)</source>
        <translation>%1: &apos;*&apos; może stać tylko na początku, jak w &apos;*.betgames.tv&apos; (domena i wszystkie nazwy w niej)</translation>
    </message>
    <message>
        <source>an entry is empty</source>
        <translation>jeden wpis jest pusty</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (letters, digits, &apos;-&apos; and &apos;.&apos;; no scheme, path or spaces)</source>
        <translation>%1 nie jest nazwą hosta ani adresem (litery, cyfry, &apos;-&apos; i &apos;.&apos;; bez schematu, ścieżki i spacji)</translation>
    </message>
    <message>
        <source>%1: an IP address has no names under it; write it without &apos;*.&apos;</source>
        <translation>%1: adres IP nie ma nazw pod sobą; zapisz go bez &apos;*.&apos;</translation>
    </message>
    <message>
        <source>%1 names a public suffix (%2), under which anyone can register a name; write the webshop&apos;s own domain, e.g. &apos;%3&apos;</source>
        <translation>%1 wskazuje sufiks publiczny (%2), w którym każdy może zarejestrować nazwę; wpisz własną domenę serwisu zakładów, np. &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 is a frame-only host (KIOSK_FRAME_HOSTS entry &apos;%2&apos;): it may load only inside the webshop&apos;s frames, never as the page</source>
        <translation>%1 jest hostem tylko dla ramek (wpis KIOSK_FRAME_HOSTS &apos;%2&apos;): może się wczytać tylko w ramkach serwisu zakładów, nigdy jako cała strona</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port only, not on port %2</source>
        <translation>%1 jest dozwolony tylko na porcie domyślnym, nie na porcie %2</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port and port %2 only, not on port %3</source>
        <translation>%1 jest dozwolony tylko na porcie domyślnym i porcie %2, nie na porcie %3</translation>
    </message>
    <message>
        <source>%1 is allowed on port %2 only, not on port %3</source>
        <translation>%1 jest dozwolony tylko na porcie %2, nie na porcie %3</translation>
    </message>
    <message>
        <source>%1 is not listed, but &apos;%2&apos; is: did you mean &apos;%3&apos;?</source>
        <translation>%1 nie ma na liście, ale jest &apos;%2&apos;: czy chodziło o &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 cannot be resolved; check the spelling in %2 and the PC&apos;s DNS</source>
        <translation>nie można ustalić adresu %1; sprawdź pisownię w %2 i DNS komputera</translation>
    </message>
    <message>
        <source>frame-only (inside the webshop&apos;s frames, https): %1</source>
        <translation>tylko w ramkach (w ramkach serwisu zakładów, https): %1</translation>
    </message>
    <message>
        <source>%1 resolves</source>
        <translation>adres %1 jest ustalany</translation>
    </message>
    <message>
        <source>%1 resolve</source>
        <translation>adresy %1 są ustalane</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it</source>
        <translation>%1 to domena: %2 i wszystkie nazwy w niej</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it, on port %3</source>
        <translation>%1 to domena: %2 i wszystkie nazwy w niej, na porcie %3</translation>
    </message>
</context>
<context>
    <name>KeyboardWords</name>
    <message>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>LoginPageWords</name>
    <message>
        <source>an invalid login link (%1) redirects more than %2 times; check the webshop&apos;s address with BetGames</source>
        <translation>nieprawidłowy link logowania (%1) przekierowuje więcej niż %2 razy; sprawdź adres serwisu zakładów z BetGames</translation>
    </message>
    <message>
        <source>the webshop could not be asked where an invalid login link goes (%1); check the shop&apos;s internet access</source>
        <translation>nie udało się zapytać serwisu zakładów, dokąd prowadzi nieprawidłowy link logowania (%1); sprawdź dostęp punktu do internetu</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1, which %2 recognises as the login page</source>
        <translation>nieprawidłowy link logowania prowadzi do %1, którą %2 rozpoznaje jako stronę logowania</translation>
    </message>
    <message>
        <source>the webshop answered an invalid login link with HTTP %1 at %2 instead of sending it to a login page, so %3 cannot be checked; make sure KIOSK_ALLOWED_HOSTS names the webshop&apos;s own host</source>
        <translation>serwis zakładów odpowiedział na nieprawidłowy link logowania kodem HTTP %1 pod %2, zamiast przekierować na stronę logowania, więc nie można sprawdzić %3; upewnij się, że KIOSK_ALLOWED_HOSTS zawiera własny host serwisu zakładów</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready; that host is not in KIOSK_ALLOWED_HOSTS either</source>
        <translation>nieprawidłowy link logowania prowadzi do %1 (HTTP %2), czego %3 (%4) nie rozpoznaje: kiosk wysłany tam pokazałby tę stronę logowania i uznał ją za gotową; tego hosta nie ma też w KIOSK_ALLOWED_HOSTS</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready</source>
        <translation>nieprawidłowy link logowania prowadzi do %1 (HTTP %2), czego %3 (%4) nie rozpoznaje: kiosk wysłany tam pokazałby tę stronę logowania i uznał ją za gotową</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Ustaw %1 na %2</translation>
    </message>
    <message>
        <source>The webshop&apos;s login page has no address of its own to match; ask BetGames which URL it uses</source>
        <translation>Strona logowania serwisu zakładów nie ma własnego adresu do rozpoznania; zapytaj BetGames, jakiego URL używa</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message>
        <source>Install the betshop-kiosk-system package on Debian 13 or newer: it runs on the distribution&apos;s QtWebEngine, which plays them (see docs/it/video.md).</source>
        <translation>Zainstaluj pakiet betshop-kiosk-system w Debianie 13 lub nowszym: działa on na QtWebEngine z dystrybucji, który je odtwarza (zob. docs/it/video.md).</translation>
    </message>
    <message>
        <source>Install a kiosk build whose QtWebEngine was built with proprietary codecs (installer/windows/build-qtwebengine-codecs.ps1; see docs/it/video.md).</source>
        <translation>Zainstaluj wersję kiosku z QtWebEngine zbudowanym z kodekami własnościowymi (installer/windows/build-qtwebengine-codecs.ps1; zob. docs/it/video.md).</translation>
    </message>
    <message>
        <source>Use a QtWebEngine built with proprietary codecs (see docs/it/video.md).</source>
        <translation>Użyj QtWebEngine zbudowanego z kodekami własnościowymi (zob. docs/it/video.md).</translation>
    </message>
    <message>
        <source>The webshop&apos;s live streams (%1) stay black. %2</source>
        <translation>Transmisje na żywo w serwisie zakładów (%1) pozostają czarne. %2</translation>
    </message>
    <message>
        <source>The web engine&apos;s video support has not been probed yet.</source>
        <translation>Obsługa wideo w silniku WWW nie została jeszcze sprawdzona.</translation>
    </message>
    <message>
        <source>The web engine plays H.264 and AAC, the codecs of the webshop&apos;s live streams.</source>
        <translation>Silnik WWW odtwarza H.264 i AAC, kodeki transmisji na żywo w serwisie zakładów.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>This kiosk&apos;s web engine cannot play %1, the codecs of the webshop&apos;s live streams: they stay black. %2</source>
        <translation>Silnik WWW tego kiosku nie odtwarza %1, kodeków transmisji na żywo w serwisie zakładów: pozostają czarne. %2</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>plays %1; cannot play %2</source>
        <translation>odtwarza %1; nie odtwarza %2</translation>
    </message>
    <message>
        <source>plays %1</source>
        <translation>odtwarza %1</translation>
    </message>
    <message>
        <source>cannot play %1</source>
        <translation>nie odtwarza %1</translation>
    </message>
</context>
<context>
    <name>NavigationWords</name>
    <message>
        <source>a login form is on screen at %1, but KIOSK_LOGIN_URL_PATTERN does not match that URL, so the kiosk cannot tell it is logged out there; run `kiosk doctor` (login page) and correct the pattern</source>
        <translation>na ekranie jest formularz logowania pod %1, ale KIOSK_LOGIN_URL_PATTERN nie pasuje do tego URL, więc kiosk nie wie, że jest tam wylogowany; uruchom `kiosk doctor` (strona logowania) i popraw wzorzec</translation>
    </message>
</context>
<context>
    <name>PanelWords</name>
    <message>
        <source>Verify your mobile number</source>
        <translation>Zweryfikuj numer telefonu</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Chwileczkę…</translation>
    </message>
    <message>
        <source>Yes, send me the code</source>
        <translation>Tak, wyślij mi kod</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kierunkowy</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>Kod SMS</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Wyślij nowy kod</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Use another number</source>
        <translation>Użyj innego numeru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Wyślij mi kod</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Sprawdź kod</translation>
    </message>
    <message>
        <source>You can ask for a new code in %1.</source>
        <translation>O nowy kod możesz poprosić za %1.</translation>
    </message>
    <message>
        <source>No SMS? You can ask for a new code now.</source>
        <translation>Nie ma SMS-a? Możesz teraz poprosić o nowy kod.</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <translation>Poproś o nowy kod.</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message>
        <source>%1 to %2 digits</source>
        <translation>od %1 do %2 cyfr</translation>
    </message>
    <message>
        <source>Enter the new PIN</source>
        <translation>Wpisz nowy PIN</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Wpisz ten sam PIN ponownie</translation>
    </message>
    <message>
        <source>the PIN must be %1</source>
        <translation>PIN musi mieć %1</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>podane PIN-y się różnią</translation>
    </message>
    <message>
        <source>No technician PIN is set on this kiosk.</source>
        <translation>W tym kiosku nie ustawiono PIN-u technika.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The PIN pad is locked for %1.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Klawiatura PIN jest zablokowana na %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>Błędny PIN. Pozostałe próby: %1.</translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>The slip took longer than 15 seconds to lay out.</source>
        <translation>Przygotowanie kuponu trwało dłużej niż 15 sekund.</translation>
    </message>
    <message>
        <source>The slip&apos;s page is larger than 2 MB.</source>
        <translation>Strona kuponu jest większa niż 2 MB.</translation>
    </message>
    <message>
        <source>The slip&apos;s page could not be laid out.</source>
        <translation>Nie udało się przygotować strony kuponu.</translation>
    </message>
    <message>
        <source>The slip&apos;s length could not be measured.</source>
        <translation>Nie udało się zmierzyć długości kuponu.</translation>
    </message>
    <message>
        <source>The slip could not be turned into a PDF.</source>
        <translation>Nie udało się zamienić kuponu na PDF.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper</source>
        <translation>W drukarce kuponów skończył się papier</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open</source>
        <translation>Pokrywa drukarki kuponów jest otwarta</translation>
    </message>
    <message>
        <source>The receipt printer is not answering (switched off or not connected)</source>
        <translation>Drukarka kuponów nie odpowiada (wyłączona lub niepodłączona)</translation>
    </message>
    <message>
        <source>Paper is jammed in the receipt printer</source>
        <translation>W drukarce kuponów zaciął się papier</translation>
    </message>
    <message>
        <source>The receipt printer is offline (switched off or not connected)</source>
        <translation>Drukarka kuponów jest niedostępna (wyłączona lub niepodłączona)</translation>
    </message>
    <message>
        <source>The receipt printer is switched off</source>
        <translation>Drukarka kuponów jest wyłączona</translation>
    </message>
    <message>
        <source>The CUPS tools are not installed (%1 missing); install cups-client</source>
        <translation>Narzędzia CUPS nie są zainstalowane (brak %1); zainstaluj cups-client</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not answer within %1; check that cupsd runs</source>
        <translation>Usługa drukowania (CUPS) nie odpowiedziała przez %1; sprawdź, czy działa cupsd</translation>
    </message>
    <message>
        <source>The print service cannot be reached (%1)</source>
        <translation>Usługa drukowania jest nieosiągalna (%1)</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER and the printer&apos;s name in CUPS (lpstat -p)</source>
        <translation>Nie ma drukarki o nazwie &apos;%1&apos;; sprawdź KIOSK_PRINTER i nazwę drukarki w CUPS (lpstat -p)</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running; start cupsd</source>
        <translation>Usługa drukowania (CUPS) nie działa; uruchom cupsd</translation>
    </message>
    <message>
        <source>The printer &apos;%1&apos; does not accept jobs; a technician can run cupsaccept %1</source>
        <translation>Drukarka &apos;%1&apos; nie przyjmuje zadań; technik może uruchomić cupsaccept %1</translation>
    </message>
    <message>
        <source>CUPS refused the slip for &apos;%1&apos;: %2</source>
        <translation>CUPS odrzucił kupon dla &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s CUPS queue, or a system default printer (lpadmin -d NAME)</source>
        <translation>Nie ustawiono drukarki: ustaw KIOSK_PRINTER na kolejkę CUPS drukarki kuponów albo ustaw domyślną drukarkę systemu (lpadmin -d NAZWA)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped (%2)</source>
        <translation>Kolejka drukarki kuponów &apos;%1&apos; jest zatrzymana (%2)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped</source>
        <translation>Kolejka drukarki kuponów &apos;%1&apos; jest zatrzymana</translation>
    </message>
    <message>
        <source>The receipt printer reports a fault (%1)</source>
        <translation>Drukarka kuponów zgłasza usterkę (%1)</translation>
    </message>
    <message>
        <source>A slip has waited %1 in the printer queue</source>
        <translation>Kupon czeka w kolejce drukarki już %1</translation>
    </message>
    <message>
        <source>%1; the last slip was not printed. It waits in the queue and prints when the printer is ready: do not print it again.</source>
        <translation>%1; ostatni kupon nie został wydrukowany. Czeka w kolejce i wydrukuje się, gdy drukarka będzie gotowa: nie drukuj go ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n slip(s) were not printed. They wait in the queue and print when the printer is ready: do not print them again.</source>
        <translation>
            <numerusform>%1; %n kupon nie został wydrukowany. Czeka w kolejce i wydrukuje się, gdy drukarka będzie gotowa: nie drukuj go ponownie.</numerusform>
            <numerusform>%1; %n kupony nie zostały wydrukowane. Czekają w kolejce i wydrukują się, gdy drukarka będzie gotowa: nie drukuj ich ponownie.</numerusform>
            <numerusform>%1; %n kuponów nie zostało wydrukowanych. Czekają w kolejce i wydrukują się, gdy drukarka będzie gotowa: nie drukuj ich ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the last slip was not printed.</source>
        <translation>%1; ostatni kupon nie został wydrukowany.</translation>
    </message>
    <message>
        <source>%1. Check it before the next slip.</source>
        <translation>%1. Sprawdź to przed następnym kuponem.</translation>
    </message>
    <message>
        <source>The last slip was not printed: %1</source>
        <translation>Ostatni kupon nie został wydrukowany: %1</translation>
    </message>
    <message>
        <source>The page asked to print more than %1 slips at once; the rest were not printed.</source>
        <translation>Strona poprosiła o wydruk ponad %1 kuponów naraz; pozostałe nie zostały wydrukowane.</translation>
    </message>
    <message>
        <source>The page that asked to print was gone before it could be copied.</source>
        <translation>Strona, która prosiła o wydruk, zniknęła, zanim udało się ją skopiować.</translation>
    </message>
    <message>
        <source>The print system failed unexpectedly; see the kiosk log.</source>
        <translation>System drukowania nieoczekiwanie zawiódł; zobacz dziennik kiosku.</translation>
    </message>
    <message>
        <source>The printer&apos;s state could not be read; see the kiosk log</source>
        <translation>Nie udało się odczytać stanu drukarki; zobacz dziennik kiosku</translation>
    </message>
    <message>
        <source>The slip&apos;s PDF could not be read for printing</source>
        <translation>Nie udało się odczytać PDF-a kuponu do wydruku</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s name, or a Windows default printer</source>
        <translation>Nie ustawiono drukarki: ustaw KIOSK_PRINTER na nazwę drukarki kuponów albo ustaw domyślną drukarkę Windows</translation>
    </message>
    <message>
        <source>The receipt printer reports an error (paper, cover or connection)</source>
        <translation>Drukarka kuponów zgłasza błąd (papier, pokrywa lub połączenie)</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s queue is paused</source>
        <translation>Kolejka drukarki kuponów jest wstrzymana</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER against Settings &gt; Printers</source>
        <translation>Nie ma drukarki o nazwie &apos;%1&apos;; porównaj KIOSK_PRINTER z Ustawienia &gt; Drukarki</translation>
    </message>
</context>
<context>
    <name>ScreenWords</name>
    <message>
        <source>Try again now</source>
        <translation>Spróbuj teraz</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Ponawiamy próbę…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Ponawiamy…</translation>
    </message>
    <message>
        <source>Trying again in %1</source>
        <translation>Ponowna próba za %1</translation>
    </message>
    <message>
        <source>Try again in %1</source>
        <translation>Spróbuj za %1</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>The webshop page did not load completely.</source>
        <translation>Strona serwisu zakładów nie wczytała się do końca.</translation>
    </message>
    <message>
        <source>The webshop page left for a blank page %1 times in a row, even with fresh login links. Check the webshop (or a proxy in front of it) with BetGames; the kiosk keeps trying.</source>
        <translation>Strona serwisu zakładów %1 razy z rzędu przeszła na pustą stronę, nawet z nowymi linkami logowania. Sprawdź serwis zakładów (lub proxy przed nim) z BetGames; kiosk próbuje dalej.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to plain http at %1; the kiosk opens only https outside this PC. Check KIOSK_AUTH_URL and any proxy that rewrites https to http.</source>
        <translation>Link logowania serwisu zakładów przekierował kiosk na zwykłe http pod %1; poza tym komputerem kiosk otwiera tylko https. Sprawdź KIOSK_AUTH_URL i każde proxy, które zamienia https na http.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to %1, which is not in KIOSK_ALLOWED_HOSTS; add it there if it is genuine.</source>
        <translation>Link logowania serwisu zakładów przekierował kiosk do %1, którego nie ma w KIOSK_ALLOWED_HOSTS; dodaj go tam, jeśli jest prawdziwy.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to an address it may not open (%1). Check KIOSK_AUTH_URL and KIOSK_ALLOWED_HOSTS.</source>
        <translation>Link logowania serwisu zakładów przekierował kiosk pod adres, którego nie wolno mu otworzyć (%1). Sprawdź KIOSK_AUTH_URL i KIOSK_ALLOWED_HOSTS.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 Check the PC&apos;s date and time; behind a company proxy, install its certificate in the system store.</source>
        <translation>Bezpieczne połączenie z %1 zostało odrzucone: %2 Sprawdź datę i godzinę komputera; za firmowym proxy zainstaluj jego certyfikat w magazynie systemowym.</translation>
    </message>
    <message>
        <source>The webshop sent the kiosk to its login page %1 times in a row, even with fresh login links. Check that the POS user is active in the BetGames back office and that the shop, POS and user names are right.</source>
        <translation>Serwis zakładów %1 razy z rzędu skierował kiosk na swoją stronę logowania, nawet z nowymi linkami logowania. Sprawdź, czy użytkownik stanowiska jest aktywny w panelu BetGames i czy nazwy punktu, stanowiska i użytkownika są poprawne.</translation>
    </message>
    <message>
        <source>The web page process ended %1 times within %2; exiting so the kiosk is restarted cleanly.</source>
        <translation>Proces strony zakończył się %1 razy w ciągu krótkiego czasu (%2); kiosk się zamyka, aby uruchomić się na nowo.</translation>
    </message>
    <message>
        <source>The webshop page did not arrive within %1.</source>
        <translation>Strona serwisu zakładów nie wczytała się przez %1.</translation>
    </message>
    <message>
        <source>Signing in to the webshop…</source>
        <translation>Logowanie do serwisu zakładów…</translation>
    </message>
    <message>
        <source>The webshop cannot be reached right now</source>
        <translation>Serwis zakładów jest teraz niedostępny</translation>
    </message>
    <message>
        <source>The kiosk needs a technician</source>
        <translation>Potrzebny jest technik</translation>
    </message>
    <message>
        <source>The webshop page could not be loaded (%1).</source>
        <translation>Nie udało się wczytać strony serwisu zakładów (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Field required</source>
        <translation>Pole wymagane</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Wartość musi być liczbą całkowitą; tego tekstu nie da się odczytać jako liczby</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Wartość musi być liczbą całkowitą, a podano liczbę z częścią ułamkową</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Wartość musi być liczbą całkowitą</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Wartość musi być liczbą; tego tekstu nie da się odczytać jako liczby</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Wartość musi być liczbą</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Wartość musi być true lub false; nie da się jej zinterpretować</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Wartość musi być true lub false</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Wartość musi być tekstem</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Wartość musi być listą</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>Wartość musi być większa niż %1</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>Wartość musi wynosić co najmniej %1</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>Wartość musi być mniejsza niż %1</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>Wartość może wynosić najwyżej %1</translation>
    </message>
    <message>
        <source>%1: %2, got %3 (%4)</source>
        <translation>%1: %2, podano %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the autologin endpoint</source>
        <translation>musi być pełnym adresem http(s) usługi automatycznego logowania</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the player-data gateway</source>
        <translation>musi być pełnym adresem http(s) bramki danych graczy</translation>
    </message>
    <message>
        <source>must be a single path segment such as &apos;v1&apos;</source>
        <translation>musi być jednym segmentem ścieżki, np. &apos;v1&apos;</translation>
    </message>
    <message>
        <source>must list at least one host, e.g. %1</source>
        <translation>musi zawierać co najmniej jeden host, np. %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1)</source>
        <translation>nie jest poprawnym wyrażeniem regularnym (%1)</translation>
    </message>
    <message>
        <source>matches the autologin link itself, so every login would loop</source>
        <translation>pasuje do samego linku automatycznego logowania, więc każde logowanie by się zapętliło</translation>
    </message>
    <message>
        <source>must be a local time like &quot;04:00&quot;, or empty to turn it off</source>
        <translation>musi być czasem lokalnym, np. &quot;04:00&quot;, albo puste, aby wyłączyć</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nie należy do: %2</translation>
    </message>
    <message>
        <source>must be modifiers and one key, like &quot;Ctrl+Alt+Shift+T&quot;</source>
        <translation>musi składać się z modyfikatorów i jednego klawisza, np. &quot;Ctrl+Alt+Shift+T&quot;</translation>
    </message>
    <message>
        <source>%1 is not a key name the kiosk knows: use a letter, a digit, F1-F35 or one of %2</source>
        <translation>%1 nie jest znaną kioskowi nazwą klawisza: użyj litery, cyfry, F1–F35 albo jednego z: %2</translation>
    </message>
    <message>
        <source>needs Ctrl, Alt or Meta (Shift alone would take a letter from the webshop)</source>
        <translation>wymaga Ctrl, Alt lub Meta (sam Shift zabrałby literę serwisowi zakładów)</translation>
    </message>
    <message>
        <source>is not a PIN hash; write it with `kiosk set-pin`, never the PIN itself</source>
        <translation>nie jest skrótem PIN-u; zapisz go poleceniem `kiosk set-pin`, nigdy samego PIN-u</translation>
    </message>
    <message>
        <source>must be auto, on or off</source>
        <translation>musi być auto, on lub off</translation>
    </message>
    <message>
        <source>%1 is not a keyboard layout; use %2</source>
        <translation>%1 nie jest układem klawiatury; użyj %2</translation>
    </message>
    <message>
        <source>names a layout twice</source>
        <translation>podaje ten sam układ dwa razy</translation>
    </message>
    <message>
        <source>%1 is not a language the kiosk speaks; use one of %2, or leave it empty for the system&apos;s</source>
        <translation>%1 nie jest językiem obsługiwanym przez kiosk; użyj jednego z: %2 albo zostaw puste, aby użyć języka systemu</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>musi być jednym z: %1</translation>
    </message>
    <message>
        <source>leaves less than 20 mm to print on paper %1 mm wide; use at most %2 mm</source>
        <translation>zostawia mniej niż 20 mm do druku na papierze o szerokości %1 mm; użyj najwyżej %2 mm</translation>
    </message>
    <message>
        <source>%1 cannot be a printer name (it starts with &apos;-&apos;)</source>
        <translation>%1 nie może być nazwą drukarki (zaczyna się od &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a printer name of at most 127 characters, empty for the system default, or off</source>
        <translation>musi być nazwą drukarki o długości najwyżej 127 znaków, puste dla domyślnej systemowej albo off</translation>
    </message>
    <message>
        <source>%1 cannot be a CUPS queue name (no spaces, &apos;/&apos;, &apos;#&apos; or &apos;\&apos;); list the queues with lpstat -p</source>
        <translation>%1 nie może być nazwą kolejki CUPS (bez spacji, &apos;/&apos;, &apos;#&apos; i &apos;\&apos;); kolejki wypisze lpstat -p</translation>
    </message>
    <message>
        <source>must use https (plain http is accepted only for a loopback sandbox)</source>
        <translation>musi używać https (zwykłe http dopuszczalne tylko dla lokalnej piaskownicy)</translation>
    </message>
    <message>
        <source>the config file %1 does not exist (given with --config)</source>
        <translation>plik konfiguracyjny %1 nie istnieje (podany w --config)</translation>
    </message>
    <message>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 nie jest poprawnym plikiem TOML: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2: %3</source>
        <translation>nie można odczytać %1: %2: %3</translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation>ze zmiennej środowiskowej %1</translation>
    </message>
    <message>
        <source>from %1, key &apos;%2&apos;</source>
        <translation>z %1, klucz &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not set: set environment variable %1 or key &apos;%2&apos; in %3</source>
        <translation>nie ustawiono: ustaw zmienną środowiskową %1 lub klucz &apos;%2&apos; w %3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a setting the kiosk knows (check the spelling; keys are lower case)</source>
        <translation>&apos;%1&apos; w %2 nie jest ustawieniem znanym kioskowi (sprawdź pisownię; klucze pisze się małymi literami)</translation>
    </message>
    <message>
        <source>%1 (a JSON list, e.g. %2)</source>
        <translation>%1 (lista JSON, np. %2)</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <source>This terminal is not set up yet</source>
        <translation>Ten terminal nie jest jeszcze skonfigurowany</translation>
    </message>
    <message>
        <source>The webshop starts once a technician has entered its settings. What is missing or wrong:</source>
        <translation>Serwis zakładów uruchomi się, gdy technik wprowadzi ustawienia. Czego brakuje lub co jest błędne:</translation>
    </message>
    <message>
        <source>Set up this terminal</source>
        <translation>Skonfiguruj terminal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation>Ustawienia są zablokowane</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>PIN technika</translation>
    </message>
    <message>
        <source>Choose a technician PIN (%1)</source>
        <translation>Wybierz PIN technika (%1)</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Wpisz PIN</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>Ustawienia terminala</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>held by the broker</source>
        <translation>przechowuje go broker</translation>
    </message>
    <message>
        <source>set; type here to replace it</source>
        <translation>ustawiony; wpisz tutaj, aby zmienić</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nieustawiony</translation>
    </message>
    <message>
        <source>set by the environment (wins over this file)</source>
        <translation>ustawione przez zmienną środowiskową (ma pierwszeństwo przed tym plikiem)</translation>
    </message>
    <message>
        <source>saved to %1 and the broker</source>
        <translation>zapis do %1 i do brokera</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>zapis do %1</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation>Popraw pola zaznaczone na czerwono; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Sprawdzanie połączenia…</translation>
    </message>
    <message>
        <source>the test failed unexpectedly (%1)</source>
        <translation>test nieoczekiwanie się nie powiódł (%1)</translation>
    </message>
    <message>
        <source>Connection works (save first to test new values): %1</source>
        <translation>Połączenie działa (aby sprawdzić nowe wartości, najpierw je zapisz): %1</translation>
    </message>
    <message>
        <source>Connection failed (save first to test new values): %1</source>
        <translation>Połączenie nie działa (aby sprawdzić nowe wartości, najpierw je zapisz): %1</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Połączenie działa: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Połączenie nie działa: %1</translation>
    </message>
    <message>
        <source>Handing the settings to the broker…</source>
        <translation>Przekazywanie ustawień brokerowi…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Nothing was saved: the save failed unexpectedly (%1).</source>
        <translation>Nic nie zapisano: zapis nieoczekiwanie się nie powiódł (%1).</translation>
    </message>
    <message>
        <source>The technician PIN (%1) is not a PIN hash, so settings cannot be opened here. In a shell, run `kiosk set-pin` (or remove that setting), then restart the kiosk.</source>
        <translation>PIN technika (%1) nie jest skrótem PIN-u, więc nie można tu otworzyć ustawień. W terminalu uruchom `kiosk set-pin` (lub usuń to ustawienie), a potem uruchom kiosk ponownie.</translation>
    </message>
</context>
<context>
    <name>TechnicianWords</name>
    <message>
        <source>starting</source>
        <translation>uruchamianie</translation>
    </message>
    <message>
        <source>asking for a login link</source>
        <translation>pobieranie linku logowania</translation>
    </message>
    <message>
        <source>loading the webshop</source>
        <translation>wczytywanie serwisu zakładów</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowy</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>brak połączenia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>drukuje</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymana</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>niedostępna</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>błąd</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączona</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>jeszcze nieznany</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Wpisz PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Technician menu</source>
        <translation>Menu technika</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Odśwież stronę</translation>
    </message>
    <message>
        <source>New login link</source>
        <translation>Nowy link logowania</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Drukuj stronę testową</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostyka</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Uruchom kiosk ponownie</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Wyjdź na pulpit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Locked for %1.</source>
        <translation>Zablokowane na %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresy IP</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Katalog danych</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Tryb ograniczony</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>%1: %2 (%3 printed, %4 failed, %5 waiting)</source>
        <translation>%1: %2 (wydrukowane: %3, nieudane: %4, oczekujące: %5)</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>Błąd drukarki</translation>
    </message>
</context>
<context>
    <name>TestPageWords</name>
    <message>
        <source>%1 mm wide, margins %2 mm</source>
        <translation>szerokość %1 mm, marginesy %2 mm</translation>
    </message>
    <message>
        <source>Kiosk printer test page</source>
        <translation>Strona testowa drukarki kiosku</translation>
    </message>
    <message>
        <source>PRINTER TEST PAGE</source>
        <translation>STRONA TESTOWA DRUKARKI</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>The ruler should span the paper from edge to edge.</source>
        <translation>Linijka powinna sięgać od krawędzi do krawędzi papieru.</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(domyślna systemowa)</translation>
    </message>
</context>
<context>
    <name>UpdateWords</name>
    <message>
        <source>not installed from a package here: no automatic updates</source>
        <translation>tu nie zainstalowano z pakietu: brak automatycznych aktualizacji</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the %2 fresh start</source>
        <translation>zainstalowano %1; kiosk uruchomi ją przy codziennym ponownym uruchomieniu o %2</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the next restart</source>
        <translation>zainstalowano %1; kiosk uruchomi ją przy następnym ponownym uruchomieniu</translation>
    </message>
    <message>
        <source>none pending (%1 is installed)</source>
        <translation>brak oczekujących (zainstalowano %1)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <source>Last update check</source>
        <translation>Ostatnie sprawdzenie aktualizacji</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: nie powiodło się: %2</translation>
    </message>
    <message>
        <source>never (see KIOSK_UPDATE_WINDOW and the repository in kiosk doctor)</source>
        <translation>nigdy (zobacz KIOSK_UPDATE_WINDOW i repozytorium w kiosk doctor)</translation>
    </message>
    <message>
        <source>this kiosk does not run from an installed package: no automatic updates</source>
        <translation>ten kiosk nie działa z zainstalowanego pakietu: brak automatycznych aktualizacji</translation>
    </message>
    <message>
        <source>no repository (%1 is missing; see docs/it/updates.md)</source>
        <translation>brak repozytorium (brakuje %1; zobacz docs/it/updates.md)</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>repozytorium %1</translation>
    </message>
    <message>
        <source>automatic updates off (KIOSK_UPDATE_WINDOW is empty)</source>
        <translation>automatyczne aktualizacje wyłączone (KIOSK_UPDATE_WINDOW jest puste)</translation>
    </message>
    <message>
        <source>window %1, but no daily fresh start: an update waits for a restart</source>
        <translation>okno %1, ale bez codziennego ponownego uruchomienia: aktualizacja czeka na restart</translation>
    </message>
    <message>
        <source>window %1 does not close before the %2 fresh start</source>
        <translation>okno %1 nie zamyka się przed ponownym uruchomieniem o %2</translation>
    </message>
    <message>
        <source>window %1, fresh start %2</source>
        <translation>okno %1, ponowne uruchomienie %2</translation>
    </message>
    <message>
        <source>never checked yet</source>
        <translation>jeszcze nie sprawdzano</translation>
    </message>
    <message>
        <source>last check %1: %2</source>
        <translation>ostatnie sprawdzenie %1: %2</translation>
    </message>
    <message>
        <source>last check %1: FAILED: %2</source>
        <translation>ostatnie sprawdzenie %1: BŁĄD: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <source>%n rollback(s), the last: %1; held %2 (`kiosk update --unhold VERSION`)</source>
        <translation>
            <numerusform>%n wycofanie, ostatnie: %1; wstrzymane %2 (`kiosk update --unhold VERSION`)</numerusform>
            <numerusform>%n wycofania, ostatnie: %1; wstrzymane %2 (`kiosk update --unhold VERSION`)</numerusform>
            <numerusform>%n wycofań, ostatnie: %1; wstrzymane %2 (`kiosk update --unhold VERSION`)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on trial: rolled back if it does not reach ready in time</source>
        <translation>%1 jest na próbie: zostanie wycofana, jeśli nie osiągnie gotowości na czas</translation>
    </message>
    <message>
        <source>%1 is installed; this kiosk (%2) restarts into it at its fresh start</source>
        <translation>zainstalowano %1; ten kiosk (%2) uruchomi ją przy ponownym uruchomieniu</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>Wycofania</translation>
    </message>
    <message>
        <source>%1; last %2: %3; back to %4. Held: %5</source>
        <translation>%1; ostatnio %2: %3; powrót do %4. Wstrzymane: %5</translation>
    </message>
</context>
<context>
    <name>WebshopWords</name>
    <message>
        <source>The autologin service at %1 did not answer with JSON (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>Usługa automatycznego logowania pod %1 nie odpowiedziała w formacie JSON (strona proxy lub portalu logowania?); sprawdź dostęp punktu do internetu.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered without a login link; it will be tried again.</source>
        <translation>Usługa automatycznego logowania pod %1 odpowiedziała bez linku logowania; spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP %2) and asked to be tried again in %3.</source>
        <translation>Usługa automatycznego logowania pod %1 jest zajęta (HTTP %2) i prosi o ponowną próbę za %3.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP 429); it will be tried again.</source>
        <translation>Usługa automatycznego logowania pod %1 jest zajęta (HTTP 429); spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>The autologin service at %1 has a problem (HTTP %2); it will be tried again.</source>
        <translation>Usługa automatycznego logowania pod %1 ma problem (HTTP %2); spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>The webshop rejected the autologin request: %1. Check the partner id and secret key, and the shop, POS and user names in the kiosk configuration.</source>
        <translation>Serwis zakładów odrzucił żądanie automatycznego logowania: %1. Sprawdź w konfiguracji kiosku ID partnera i klucz tajny oraz nazwy punktu, stanowiska i użytkownika.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered HTTP %2; check KIOSK_AUTH_URL and any proxy between the shop and the internet.</source>
        <translation>Usługa automatycznego logowania pod %1 odpowiedziała HTTP %2; sprawdź KIOSK_AUTH_URL i każde proxy między punktem a internetem.</translation>
    </message>
    <message>
        <source>The autologin service at %1 took longer than %2 to answer (a slow proxy or captive portal?); check the shop&apos;s internet connection.</source>
        <translation>Usługa automatycznego logowania pod %1 nie odpowiedziała przez %2 (wolne proxy lub portal logowania?); sprawdź połączenie punktu z internetem.</translation>
    </message>
    <message>
        <source>The autologin service at %1 sent an answer larger than %2 KiB (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>Usługa automatycznego logowania pod %1 przysłała odpowiedź większą niż %2 KiB (strona proxy lub portalu logowania?); sprawdź dostęp punktu do internetu.</translation>
    </message>
    <message>
        <source>The autologin service at %1 did not answer in time; check the shop&apos;s internet connection.</source>
        <translation>Usługa automatycznego logowania pod %1 nie odpowiedziała na czas; sprawdź połączenie punktu z internetem.</translation>
    </message>
    <message>
        <source>The autologin request to %1 failed (%2); check the shop&apos;s internet connection and proxy.</source>
        <translation>Żądanie automatycznego logowania do %1 nie powiodło się (%2); sprawdź połączenie punktu z internetem i proxy.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a login link that is not https (%1); the kiosk will not open it. Check the broker&apos;s auth_url.</source>
        <translation>Broker kiosku przysłał link logowania, który nie jest https (%1); kiosk go nie otworzy. Sprawdź auth_url brokera.</translation>
    </message>
    <message>
        <source>The webshop sent a login link that is not https (%1); the kiosk will not open it. Check KIOSK_AUTH_URL points at the real BetGames service.</source>
        <translation>Serwis zakładów przysłał link logowania bez https (%1); kiosk go nie otworzy. Sprawdź, czy KIOSK_AUTH_URL wskazuje prawdziwą usługę BetGames.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2): %3.</source>
        <translation>Serwis zakładów przysłał link logowania do %1, którego nie ma w KIOSK_ALLOWED_HOSTS (%2): %3.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2); add it there if it is genuine.</source>
        <translation>Serwis zakładów przysłał link logowania do %1, którego nie ma w KIOSK_ALLOWED_HOSTS (%2); dodaj go tam, jeśli jest prawdziwy.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate problem); check the PC&apos;s date and time and, behind a company proxy, that its certificate is installed in the system store.</source>
        <translation>Bezpieczne połączenie z %1 nie powiodło się (problem z certyfikatem); sprawdź datę i godzinę komputera, a za firmowym proxy – czy jego certyfikat jest zainstalowany w magazynie systemowym.</translation>
    </message>
    <message>
        <source>The address %1 cannot be found (DNS); check the shop&apos;s internet connection.</source>
        <translation>Nie można znaleźć adresu %1 (DNS); sprawdź połączenie punktu z internetem.</translation>
    </message>
    <message>
        <source>The autologin service at %1 cannot be reached; check the shop&apos;s internet connection.</source>
        <translation>Usługa automatycznego logowania pod %1 jest nieosiągalna; sprawdź połączenie punktu z internetem.</translation>
    </message>
    <message>
        <source>The autologin request failed unexpectedly; it will be tried again.</source>
        <translation>Żądanie automatycznego logowania nieoczekiwanie się nie powiodło; spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>The kiosk cannot get a login link: %1.</source>
        <translation>Kiosk nie może uzyskać linku logowania: %1.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker at %1 did not answer properly (%2); it will be tried again.</source>
        <translation>Broker kiosku pod %1 nie odpowiedział poprawnie (%2); spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent an answer without a login link; it will be tried again.</source>
        <translation>Broker kiosku odpowiedział bez linku logowania; spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a failure without a reason; it will be tried again.</source>
        <translation>Broker kiosku zgłosił błąd bez podania przyczyny; spróbujemy ponownie.</translation>
    </message>
</context>
<context>
    <name>WidgetWords</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
</TS>
