<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekundė</numerusform>
            <numerusform>%n sekundės</numerusform>
            <numerusform>%n sekundžių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutė</numerusform>
            <numerusform>%n minutės</numerusform>
            <numerusform>%n minučių</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n valanda</numerusform>
            <numerusform>%n valandos</numerusform>
            <numerusform>%n valandų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 val. %2 min</translation>
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
        <translation>atmesta: %1</translation>
    </message>
    <message>
        <source>link host not allowed: %1</source>
        <translation>nuorodos adresas neleidžiamas: %1</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nepavyko susisiekti: %1</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>brokeris priėmė: parduotuvės id %1, kasos id %2, naudotojo id %3; prisijungimo nuoroda veda į %4, leidžiamą adresą (%5 ms)</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>priimta: parduotuvės ID %1, kasos ID %2, naudotojo ID %3; prisijungimo nuoroda veda į %4 – tai leidžiamas adresas (%5 ms)</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>brokeris priėmė: parduotuvės id %1, kasos id %2, naudotojo id %3; prisijungimo nuoroda veda į %4, leidžiamą adresą (%5 ms). Prisijungimo puslapis: %6</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>priimta: parduotuvės ID %1, kasos ID %2, naudotojo ID %3; prisijungimo nuoroda veda į %4 – tai leidžiamas adresas (%5 ms). Prisijungimo puslapis: %6</translation>
    </message>
</context>
<context>
    <name>CustodyWords</name>
    <message>
        <source>the partner secret is readable by the desktop user (direct mode: the kiosk holds it in its own settings); move it to the broker: %1</source>
        <translation>partnerio slaptąjį raktą gali perskaityti darbalaukio naudotojas (tiesioginis režimas: kioskas jį laiko savo nustatymuose); perkelkite jį brokeriui: %1</translation>
    </message>
    <message>
        <source>direct mode (development, demo, sandbox): the partner secret is in the kiosk&apos;s own settings; an installed terminal keeps it in the broker (KIOSK_BROKER)</source>
        <translation>tiesioginis režimas (kūrimas, demonstracija, smėlio dėžė): partnerio slaptasis raktas yra paties kiosko nustatymuose; įdiegtas terminalas jį laiko brokeryje (KIOSK_BROKER)</translation>
    </message>
    <message>
        <source>broker mode, but %1; %2</source>
        <translation>brokerio režimas, bet %1; %2</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet (%1); set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>brokerio režimas, bet brokeris dar neturi tapatybės (%1); nustatykite ją: sudo kiosk setup, nustatymų ekranu arba sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet; set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>brokerio režimas, bet brokeris dar neturi tapatybės; nustatykite ją: sudo kiosk setup, nustatymų ekranu arba sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode: the broker at %1 holds it (partner %2, shop %3), out of the desktop user&apos;s reach</source>
        <translation>brokerio režimas: jį laiko brokeris %1 (partneris %2, parduotuvė %3), darbalaukio naudotojui nepasiekiamas</translation>
    </message>
</context>
<context>
    <name>DataDirWords</name>
    <message>
        <source>data dir not writable: %1 (%2)</source>
        <translation>į duomenų aplanką rašyti negalima: %1 (%2)</translation>
    </message>
    <message>
        <source>data dir almost full: %1 (%2 MB free)</source>
        <translation>duomenų aplankas beveik pilnas: %1 (laisva %2 MB)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWords</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Tikrinti dar kartą</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Visi patikrinimai sėkmingi</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>Nepavyko %n patikrinimas</numerusform>
            <numerusform>Nepavyko %n patikrinimai</numerusform>
            <numerusform>Nepavyko %n patikrinimų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogWords</name>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
</context>
<context>
    <name>DoctorWords</name>
    <message>
        <source>configuration</source>
        <translation>konfigūracija</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>duomenų aplankas</translation>
    </message>
    <message>
        <source>kiosk process</source>
        <translation>kiosko procesas</translation>
    </message>
    <message>
        <source>display</source>
        <translation>ekranas</translation>
    </message>
    <message>
        <source>web engine libraries</source>
        <translation>naršyklės variklio bibliotekos</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>ryšys</translation>
    </message>
    <message>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>autologin</source>
        <translation>automatinis prisijungimas</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>laikrodis</translation>
    </message>
    <message>
        <source>allowed hosts</source>
        <translation>leidžiami adresai</translation>
    </message>
    <message>
        <source>login page</source>
        <translation>prisijungimo puslapis</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>spausdintuvas</translation>
    </message>
    <message>
        <source>web engine</source>
        <translation>naršyklės variklis</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vaizdo įrašai</translation>
    </message>
    <message>
        <source>partner secret</source>
        <translation>partnerio slaptasis raktas</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>atnaujinimai</translation>
    </message>
    <message>
        <source>the check itself failed (%1); see the kiosk log and report it</source>
        <translation>pats patikrinimas nepavyko (%1); peržiūrėkite kiosko žurnalą ir praneškite apie klaidą</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them in the config file or with `kiosk setup`:</source>
        <translation>
            <numerusform>%n problema; ištaisykite ją konfigūracijos faile arba komanda `kiosk setup`:</numerusform>
            <numerusform>%n problemos; ištaisykite jas konfigūracijos faile arba komanda `kiosk setup`:</numerusform>
            <numerusform>%n problemų; ištaisykite jas konfigūracijos faile arba komanda `kiosk setup`:</numerusform>
        </translation>
    </message>
    <message>
        <source>valid; %1</source>
        <translation>tinkama; %1</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>iš %1: %2</translation>
    </message>
    <message>
        <source>from the environment: %1 (these win over the file: %2)</source>
        <translation>iš aplinkos kintamųjų: %1 (jie svarbesni už failą: %2)</translation>
    </message>
    <message>
        <source>from the environment: %1</source>
        <translation>iš aplinkos kintamųjų: %1</translation>
    </message>
    <message>
        <source>only defaults</source>
        <translation>tik numatytosios reikšmės</translation>
    </message>
    <message>
        <source>the rest are defaults</source>
        <translation>kitos – numatytosios</translation>
    </message>
    <message>
        <source>%1; the kiosk would run degraded. Fix the permissions or free space, or set %2.</source>
        <translation>%1; kioskas veiktų ribotai. Pataisykite teises arba atlaisvinkite vietos, arba nustatykite %2.</translation>
    </message>
    <message>
        <source>%1 is writable but only %2 MB are free; free some space.</source>
        <translation>į %1 rašyti galima, bet laisva tik %2 MB; atlaisvinkite vietos.</translation>
    </message>
    <message>
        <source>%1 is writable, %2 GB free</source>
        <translation>į %1 rašyti galima, laisva %2 GB</translation>
    </message>
    <message>
        <source>no kiosk is running on this data dir</source>
        <translation>su šiuo duomenų aplanku kioskas neveikia</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions</source>
        <translation>nepavyksta perskaityti %1 (%2); patikrinkite teises</translation>
    </message>
    <message>
        <source>a kiosk is running on this data dir (pid %1)</source>
        <translation>su šiuo duomenų aplanku veikia kioskas (pid %1)</translation>
    </message>
    <message>
        <source>no kiosk is running (a stale lock is left; the next start takes it over)</source>
        <translation>kioskas neveikia (liko senas užraktas; kitas paleidimas jį perims)</translation>
    </message>
    <message>
        <source>the desktop session provides the display</source>
        <translation>ekraną suteikia darbalaukio sesija</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=offscreen: the kiosk would draw to no screen (right for tests only); unset it on a terminal</source>
        <translation>QT_QPA_PLATFORM=offscreen: kioskas nieko nerodytų ekrane (tinka tik testams); terminale šį kintamąjį pašalinkite</translation>
    </message>
    <message>
        <source>Wayland display %1</source>
        <translation>Wayland ekranas %1</translation>
    </message>
    <message>
        <source>WAYLAND_DISPLAY=%1 but %2 does not exist; run inside the desktop session</source>
        <translation>WAYLAND_DISPLAY=%1, bet %2 nėra; paleiskite darbalaukio sesijoje</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set; run it inside the desktop session (as the installed service does), or set DISPLAY=:0</source>
        <translation>nenustatytas nei DISPLAY, nei WAYLAND_DISPLAY; paleiskite darbalaukio sesijoje (kaip tai daro įdiegta paslauga) arba nustatykite DISPLAY=:0</translation>
    </message>
    <message>
        <source>DISPLAY=%1 is not a display name like :0</source>
        <translation>DISPLAY=%1 nėra ekrano pavadinimas (pvz., :0)</translation>
    </message>
    <message>
        <source>no X server answers on DISPLAY=%1 (%2); start the desktop session or check DISPLAY</source>
        <translation>DISPLAY=%1 neatsako joks X serveris (%2); paleiskite darbalaukio sesiją arba patikrinkite DISPLAY</translation>
    </message>
    <message>
        <source>X server on DISPLAY=%1</source>
        <translation>X serveris DISPLAY=%1</translation>
    </message>
    <message>
        <source>checked on Linux only (the Windows installer ships every library)</source>
        <translation>tikrinama tik Linux sistemoje („Windows“ diegimo programa turi visas bibliotekas)</translation>
    </message>
    <message>
        <source>ldd is not installed, so the libraries cannot be listed</source>
        <translation>neįdiegta ldd, todėl bibliotekų išvardyti negalima</translation>
    </message>
    <message>
        <source>QtWebEngine is not found; reinstall the kiosk</source>
        <translation>QtWebEngine nerastas; iš naujo įdiekite kioską</translation>
    </message>
    <message>
        <source>every library QtWebEngine and the X platform need is installed</source>
        <translation>įdiegtos visos bibliotekos, kurių reikia QtWebEngine ir X platformai</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>trūksta %1</translation>
    </message>
    <message>
        <source>install them: %1</source>
        <translation>įdiekite jas: %1</translation>
    </message>
    <message>
        <source>find the package of %1 with `apt-file search`</source>
        <translation>paketą, kuriame yra %1, raskite komanda `apt-file search`</translation>
    </message>
    <message>
        <source>the web engine test could not be started; reinstall the kiosk</source>
        <translation>naršyklės variklio testo paleisti nepavyko; iš naujo įdiekite kioską</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page within 30 s; the PC may be overloaded, or its graphics drivers broken</source>
        <translation>QtWebEngine per 30 s neįkėlė bandomojo puslapio; kompiuteris gali būti perkrautas arba sugadintos vaizdo plokštės tvarkyklės</translation>
    </message>
    <message>
        <source>QtWebEngine started a renderer and loaded a test page</source>
        <translation>QtWebEngine paleido atvaizdavimo procesą ir įkėlė bandomąjį puslapį</translation>
    </message>
    <message>
        <source>QtWebEngine cannot start as root (Chromium&apos;s sandbox refuses it); run `kiosk doctor` as the kiosk&apos;s user, e.g. %1</source>
        <translation>QtWebEngine negali veikti kaip root (Chromium smėlio dėžė to neleidžia); paleiskite `kiosk doctor` kiosko naudotojo vardu, pvz., %1</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page (%1); check the web engine libraries above and the graphics drivers</source>
        <translation>QtWebEngine neįkėlė bandomojo puslapio (%1); patikrinkite aukščiau esančias naršyklės variklio bibliotekas ir vaizdo tvarkykles</translation>
    </message>
    <message>
        <source>not checked: the web engine did not start (above)</source>
        <translation>netikrinta: naršyklės variklis nepasileido (žr. aukščiau)</translation>
    </message>
    <message>
        <source>the web engine did not say which codecs it plays within 20 s; run `kiosk doctor` again, and check the graphics drivers if it repeats</source>
        <translation>naršyklės variklis per 20 s nepranešė, kuriuos kodekus palaiko; paleiskite `kiosk doctor` dar kartą, o jei kartojasi – patikrinkite vaizdo tvarkykles</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>tarpinis serveris %1</translation>
    </message>
    <message>
        <source>%1 cannot be resolved (%2); check the network cable or Wi-Fi, and the PC&apos;s DNS servers</source>
        <translation>nepavyksta rasti %1 adreso (%2); patikrinkite tinklo kabelį ar „Wi-Fi“ ir kompiuterio DNS serverius</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 yra %2</translation>
    </message>
    <message>
        <source>skipped: the name did not resolve</source>
        <translation>praleista: adreso rasti nepavyko</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); a firewall or proxy may block it: check the shop&apos;s internet access</source>
        <translation>nepavyksta prisijungti prie %1 (%2); gali blokuoti ugniasienė ar tarpinis serveris – patikrinkite parduotuvės interneto ryšį</translation>
    </message>
    <message>
        <source>%1 reachable through the proxy %2 in %3 ms</source>
        <translation>%1 pasiekiamas per tarpinį serverį %2 per %3 ms</translation>
    </message>
    <message>
        <source>%1 reachable in %2 ms</source>
        <translation>%1 pasiekiamas per %2 ms</translation>
    </message>
    <message>
        <source>plain http to the loopback sandbox %1; no TLS to check</source>
        <translation>paprastas http į vietinį smėlio dėžės serverį %1; TLS tikrinti nėra ko</translation>
    </message>
    <message>
        <source>skipped: no connection</source>
        <translation>praleista: nėra ryšio</translation>
    </message>
    <message>
        <source>through a proxy: the autologin request below checks the certificate</source>
        <translation>per tarpinį serverį: sertifikatą patikrina toliau esanti automatinio prisijungimo užklausa</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); check the PC&apos;s date and time, and behind a company proxy install its certificate in the system store</source>
        <translation>%1 sertifikatu nepasitikima (%2); patikrinkite kompiuterio datą ir laiką, o jei naudojamas įmonės tarpinis serveris – įdiekite jo sertifikatą į sistemos saugyklą</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2); a proxy or firewall may intercept it</source>
        <translation>saugus ryšys su %1 nepavyko (%2); jį gali perimti tarpinis serveris ar ugniasienė</translation>
    </message>
    <message>
        <source>%1 to %2, certificate trusted by the system store</source>
        <translation>%1 su %2, sertifikatu pasitiki sistemos saugykla</translation>
    </message>
    <message>
        <source>skipped: the configuration is not complete</source>
        <translation>praleista: konfigūracija neužbaigta</translation>
    </message>
    <message>
        <source>skipped: the autologin host did not resolve</source>
        <translation>praleista: automatinio prisijungimo adreso rasti nepavyko</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s time could not be read (no answer)</source>
        <translation>praleista: nepavyko sužinoti API laiko (nėra atsakymo)</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s Date header cannot be read</source>
        <translation>praleista: nepavyksta perskaityti API antraštės Date</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>šio kompiuterio laikrodis skuba, palyginti su API (skirtumas: %1); sertifikatai atrodys negaliojantys – nustatykite datą ir laiką ir įjunkite automatinį laiką (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>šio kompiuterio laikrodis vėluoja, palyginti su API (skirtumas: %1); sertifikatai atrodys negaliojantys – nustatykite datą ir laiką ir įjunkite automatinį laiką (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; turn on automatic time (NTP)</source>
        <translation>šio kompiuterio laikrodis skuba, palyginti su API (skirtumas: %1); įjunkite automatinį laiką (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; turn on automatic time (NTP)</source>
        <translation>šio kompiuterio laikrodis vėluoja, palyginti su API (skirtumas: %1); įjunkite automatinį laiką (NTP)</translation>
    </message>
    <message>
        <source>within %1 of the API&apos;s clock</source>
        <translation>skirtumas nuo API laikrodžio ne didesnis kaip %1</translation>
    </message>
    <message>
        <source>printing is off (KIOSK_PRINTER=off)</source>
        <translation>spausdinimas išjungtas (KIOSK_PRINTER=off)</translation>
    </message>
    <message>
        <source>printer %1: %2</source>
        <translation>spausdintuvas %1: %2</translation>
    </message>
    <message>
        <source>printer %1 is %2</source>
        <translation>spausdintuvas %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>parengtas</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>spausdina</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>sustabdytas</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>neprijungtas</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>klaida</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Partner id</source>
        <translation>Partnerio ID</translation>
    </message>
    <message>
        <source>a number from BetGames</source>
        <translation>skaičius iš BetGames</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Slaptas raktas</translation>
    </message>
    <message>
        <source>from BetGames; never shown</source>
        <translation>iš BetGames; niekada nerodomas</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Parduotuvės pavadinimas</translation>
    </message>
    <message>
        <source>as registered, e.g. %1</source>
        <translation>kaip užregistruota, pvz., %1</translation>
    </message>
    <message>
        <source>POS name</source>
        <translation>Kasos pavadinimas</translation>
    </message>
    <message>
        <source>the point of sale, e.g. %1</source>
        <translation>pardavimo vieta, pvz., %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>the POS user</source>
        <translation>kasos naudotojas</translation>
    </message>
    <message>
        <source>Autologin URL</source>
        <translation>Automatinio prisijungimo URL</translation>
    </message>
    <message>
        <source>leave as it is unless BetGames says otherwise</source>
        <translation>palikite, kaip yra, nebent BetGames nurodo kitaip</translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation>Leidžiami adresai</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>pvz., %1</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>print queue name; empty = the system default; off = no printing</source>
        <translation>spausdinimo eilės pavadinimas; tuščia – sistemos numatytasis; off – nespausdinti</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Reading your mobile number…</source>
        <translation>Tikriname jūsų mobiliojo telefono numerį…</translation>
    </message>
    <message>
        <source>Enter your mobile number: country code and number.</source>
        <translation>Įveskite mobiliojo telefono numerį: šalies kodą ir numerį.</translation>
    </message>
    <message>
        <source>That is not a mobile number. Enter the country code and the number, for example %1.</source>
        <translation>Tai ne mobiliojo telefono numeris. Įveskite šalies kodą ir numerį, pavyzdžiui, %1.</translation>
    </message>
    <message>
        <source>Ask for a new code first.</source>
        <translation>Pirmiausia paprašykite naujo kodo.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Įveskite kodą iš SMS žinutės.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Tikriname kodą…</translation>
    </message>
    <message>
        <source>Phone verification cancelled.</source>
        <translation>Telefono patvirtinimas atšauktas.</translation>
    </message>
    <message>
        <source>Phone verification ended because nothing happened for a while.</source>
        <translation>Telefono patvirtinimas baigtas, nes kurį laiką nieko nevyko.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is verified.</source>
        <translation>Jūsų mobiliojo telefono numeris %1 patvirtintas.</translation>
    </message>
    <message>
        <source>Phone verification is not available right now. Please ask at the counter.</source>
        <translation>Telefono patvirtinimas šiuo metu neveikia. Kreipkitės į kasininką.</translation>
    </message>
    <message>
        <source>Is %1 your mobile number? We will send a code to it by SMS.</source>
        <translation>Ar %1 yra jūsų mobiliojo telefono numeris? Atsiųsime į jį SMS kodą.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is saved. It does not need an SMS check.</source>
        <translation>Jūsų mobiliojo telefono numeris %1 išsaugotas. SMS patvirtinimo nereikia.</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1. Enter it here.</source>
        <translation>Išsiuntėme SMS kodą numeriu %1. Įveskite jį čia.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Jūsų sesija baigėsi. Prisijunkite iš naujo.</translation>
    </message>
    <message>
        <source>Phone verification is not available on this terminal. Please ask staff for help.</source>
        <translation>Šiame terminale telefono patvirtinti negalima. Kreipkitės į personalą.</translation>
    </message>
    <message>
        <source>Too many attempts: phone verification is blocked for now. Please ask staff for help.</source>
        <translation>Per daug bandymų: telefono patvirtinimas laikinai užblokuotas. Kreipkitės į personalą.</translation>
    </message>
    <message>
        <source>Your code has expired. Ask for a new code.</source>
        <translation>Kodo galiojimas baigėsi. Paprašykite naujo kodo.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Please try again in a few minutes.</source>
        <translation>Kazino platforma neatsako. Bandykite dar kartą po kelių minučių.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your number was not saved; please try again.</source>
        <translation>Kazino platforma neatsako. Numeris neišsaugotas; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. The code may not have been sent; please try again.</source>
        <translation>Kazino platforma neatsako. Kodas galėjo būti neišsiųstas; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your code was not checked; please enter it again.</source>
        <translation>Kazino platforma neatsako. Kodas nepatikrintas; įveskite jį dar kartą.</translation>
    </message>
    <message>
        <source>Saving your mobile number…</source>
        <translation>Išsaugome jūsų mobiliojo telefono numerį…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>Siunčiame kodą numeriu %1…</translation>
    </message>
    <message>
        <source>Please wait %1, then ask for a new code.</source>
        <translation>Palaukite (liko %1), tada paprašykite naujo kodo.</translation>
    </message>
    <message>
        <source>Please wait %1, then try again.</source>
        <translation>Palaukite (liko %1), tada bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is already verified.</source>
        <translation>Jūsų mobiliojo telefono numeris %1 jau patvirtintas.</translation>
    </message>
</context>
<context>
    <name>HostWords</name>
    <message>
        <source>%1 has no closing &apos;]&apos;</source>
        <translation>%1 neturi uždarančiojo &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1 has something after &apos;]&apos; that is not a port</source>
        <translation>%1 po &apos;]&apos; turi kažką, kas nėra prievadas</translation>
    </message>
    <message>
        <source>%1 has port %2, which is not a port number (1-65535)</source>
        <translation>%1 nurodytas prievadas %2, bet tai ne prievado numeris (1–65535)</translation>
    </message>
    <message>
        <source>%1 is not a host name: write the host alone, without scheme or path (e.g. &apos;webshop.betgames.tv&apos; or &apos;*.betgames.tv&apos;)</source>
        <translation>%1 nėra serverio vardas: rašykite tik serverio vardą, be schemos ir kelio (pvz., &apos;webshop.betgames.tv&apos; arba &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1 would allow every host on the internet; list the webshop&apos;s own hosts or domains (e.g. &apos;*.betgames.tv&apos;)</source>
        <translation>%1 leistų bet kurį interneto serverį; nurodykite pačios lažybų svetainės serverius ar domenus (pvz., &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1: write a whole domain as &apos;%2&apos; (a leading dot alone is not used here)</source>
        <translation>%1: visą domeną rašykite kaip &apos;%2&apos; (vien taškas priekyje čia nenaudojamas)</translation>
    </message>
    <message>
        <source>%1: a &apos;*&apos; may only stand as the first label, as in &apos;*.betgames.tv&apos; (the domain and every name under it)</source>
        <translation>%1: &apos;*&apos; gali būti tik pirmoji dalis, kaip &apos;*.betgames.tv&apos; (domenas ir visi jo pavadinimai)</translation>
    </message>
    <message>
        <source>an entry is empty</source>
        <translation>vienas įrašas tuščias</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (letters, digits, &apos;-&apos; and &apos;.&apos;; no scheme, path or spaces)</source>
        <translation>%1 nėra serverio vardas ar adresas (raidės, skaitmenys, &apos;-&apos; ir &apos;.&apos;; be schemos, kelio ir tarpų)</translation>
    </message>
    <message>
        <source>%1: an IP address has no names under it; write it without &apos;*.&apos;</source>
        <translation>%1: IP adresas neturi pavadinimų po savimi; rašykite be &apos;*.&apos;</translation>
    </message>
    <message>
        <source>%1 names a public suffix (%2), under which anyone can register a name; write the webshop&apos;s own domain, e.g. &apos;%3&apos;</source>
        <translation>%1 nurodo viešąją galūnę (%2), kurioje vardą gali užsiregistruoti bet kas; rašykite pačios lažybų svetainės domeną, pvz., &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 is a frame-only host (KIOSK_FRAME_HOSTS entry &apos;%2&apos;): it may load only inside the webshop&apos;s frames, never as the page</source>
        <translation>%1 leidžiamas tik rėmeliuose (KIOSK_FRAME_HOSTS įrašas &apos;%2&apos;): jis gali būti įkeltas tik lažybų svetainės rėmelyje, niekada kaip visas puslapis</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port only, not on port %2</source>
        <translation>%1 leidžiamas tik numatytuoju prievadu, ne prievadu %2</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port and port %2 only, not on port %3</source>
        <translation>%1 leidžiamas tik numatytuoju prievadu ir prievadu %2, ne prievadu %3</translation>
    </message>
    <message>
        <source>%1 is allowed on port %2 only, not on port %3</source>
        <translation>%1 leidžiamas tik prievadu %2, ne prievadu %3</translation>
    </message>
    <message>
        <source>%1 is not listed, but &apos;%2&apos; is: did you mean &apos;%3&apos;?</source>
        <translation>%1 sąraše nėra, bet yra &apos;%2&apos;: ar turėjote omenyje &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 cannot be resolved; check the spelling in %2 and the PC&apos;s DNS</source>
        <translation>nepavyksta rasti %1 adreso; patikrinkite rašybą %2 ir kompiuterio DNS</translation>
    </message>
    <message>
        <source>frame-only (inside the webshop&apos;s frames, https): %1</source>
        <translation>tik rėmeliuose (lažybų svetainės rėmeliuose, https): %1</translation>
    </message>
    <message>
        <source>%1 resolves</source>
        <translation>%1 adresas randamas</translation>
    </message>
    <message>
        <source>%1 resolve</source>
        <translation>%1 adresai randami</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it</source>
        <translation>%1 yra domenas: %2 ir visi jo pavadinimai</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it, on port %3</source>
        <translation>%1 yra domenas: %2 ir visi jo pavadinimai, prievadu %3</translation>
    </message>
</context>
<context>
    <name>KeyboardWords</name>
    <message>
        <source>space</source>
        <translation>tarpas</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Įvesti</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Slėpti</translation>
    </message>
</context>
<context>
    <name>LoginPageWords</name>
    <message>
        <source>an invalid login link (%1) redirects more than %2 times; check the webshop&apos;s address with BetGames</source>
        <translation>netinkama prisijungimo nuoroda (%1) nukreipia daugiau nei %2 kartų; lažybų svetainės adresą pasitikslinkite su BetGames</translation>
    </message>
    <message>
        <source>the webshop could not be asked where an invalid login link goes (%1); check the shop&apos;s internet access</source>
        <translation>nepavyko paklausti lažybų svetainės, kur veda netinkama prisijungimo nuoroda (%1); patikrinkite parduotuvės interneto ryšį</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1, which %2 recognises as the login page</source>
        <translation>netinkama prisijungimo nuoroda nuveda į %1, kurį %2 atpažįsta kaip prisijungimo puslapį</translation>
    </message>
    <message>
        <source>the webshop answered an invalid login link with HTTP %1 at %2 instead of sending it to a login page, so %3 cannot be checked; make sure KIOSK_ALLOWED_HOSTS names the webshop&apos;s own host</source>
        <translation>lažybų svetainė į netinkamą prisijungimo nuorodą atsakė HTTP %1 adresu %2, užuot nukreipusi į prisijungimo puslapį, todėl %3 patikrinti negalima; įsitikinkite, kad KIOSK_ALLOWED_HOSTS nurodo pačios lažybų svetainės serverį</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready; that host is not in KIOSK_ALLOWED_HOSTS either</source>
        <translation>netinkama prisijungimo nuoroda nuveda į %1 (HTTP %2), bet %3 (%4) jo neatpažįsta: ten nukreiptas kioskas rodytų tą prisijungimo puslapį ir laikytų jį parengtu; be to, to serverio nėra KIOSK_ALLOWED_HOSTS</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready</source>
        <translation>netinkama prisijungimo nuoroda nuveda į %1 (HTTP %2), bet %3 (%4) jo neatpažįsta: ten nukreiptas kioskas rodytų tą prisijungimo puslapį ir laikytų jį parengtu</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Nustatykite %1 į %2</translation>
    </message>
    <message>
        <source>The webshop&apos;s login page has no address of its own to match; ask BetGames which URL it uses</source>
        <translation>Lažybų svetainės prisijungimo puslapis neturi atskiro adreso; paklauskite BetGames, kokį URL jis naudoja</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message>
        <source>Install the betshop-kiosk-system package on Debian 13 or newer: it runs on the distribution&apos;s QtWebEngine, which plays them (see docs/it/video.md).</source>
        <translation>Įdiekite paketą betshop-kiosk-system sistemoje Debian 13 ar naujesnėje: jis veikia su distribucijos QtWebEngine, kuris juos groja (žr. docs/it/video.md).</translation>
    </message>
    <message>
        <source>Install a kiosk build whose QtWebEngine was built with proprietary codecs (installer/windows/build-qtwebengine-codecs.ps1; see docs/it/video.md).</source>
        <translation>Įdiekite kiosko versiją, kurios QtWebEngine sukompiliuotas su patentuotais kodekais (installer/windows/build-qtwebengine-codecs.ps1; žr. docs/it/video.md).</translation>
    </message>
    <message>
        <source>Use a QtWebEngine built with proprietary codecs (see docs/it/video.md).</source>
        <translation>Naudokite QtWebEngine, sukompiliuotą su patentuotais kodekais (žr. docs/it/video.md).</translation>
    </message>
    <message>
        <source>The webshop&apos;s live streams (%1) stay black. %2</source>
        <translation>Lažybų svetainės tiesioginės transliacijos (%1) lieka juodos. %2</translation>
    </message>
    <message>
        <source>The web engine&apos;s video support has not been probed yet.</source>
        <translation>Naršyklės variklio vaizdo palaikymas dar nepatikrintas.</translation>
    </message>
    <message>
        <source>The web engine plays H.264 and AAC, the codecs of the webshop&apos;s live streams.</source>
        <translation>Naršyklės variklis groja H.264 ir AAC – lažybų svetainės tiesioginių transliacijų kodekus.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ir %2</translation>
    </message>
    <message>
        <source>This kiosk&apos;s web engine cannot play %1, the codecs of the webshop&apos;s live streams: they stay black. %2</source>
        <translation>Šio kiosko naršyklės variklis negroja %1 – lažybų svetainės tiesioginių transliacijų kodekų: jos lieka juodos. %2</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>dar nepatikrinta</translation>
    </message>
    <message>
        <source>plays %1; cannot play %2</source>
        <translation>groja %1; negroja %2</translation>
    </message>
    <message>
        <source>plays %1</source>
        <translation>groja %1</translation>
    </message>
    <message>
        <source>cannot play %1</source>
        <translation>negroja %1</translation>
    </message>
</context>
<context>
    <name>NavigationWords</name>
    <message>
        <source>a login form is on screen at %1, but KIOSK_LOGIN_URL_PATTERN does not match that URL, so the kiosk cannot tell it is logged out there; run `kiosk doctor` (login page) and correct the pattern</source>
        <translation>ekrane rodoma prisijungimo forma adresu %1, bet KIOSK_LOGIN_URL_PATTERN šio URL neatpažįsta, todėl kioskas nežino, kad ten atsijungta; paleiskite `kiosk doctor` (prisijungimo puslapis) ir pataisykite šabloną</translation>
    </message>
</context>
<context>
    <name>PanelWords</name>
    <message>
        <source>Verify your mobile number</source>
        <translation>Patvirtinkite telefono numerį</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobiliojo telefono numeris</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Palaukite…</translation>
    </message>
    <message>
        <source>Yes, send me the code</source>
        <translation>Taip, atsiųskite kodą</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Šalies kodas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>SMS kodas</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Siųsti naują kodą</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Baigti</translation>
    </message>
    <message>
        <source>Use another number</source>
        <translation>Naudoti kitą numerį</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Toliau</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Atsiųskite kodą</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Tikrinti kodą</translation>
    </message>
    <message>
        <source>You can ask for a new code in %1.</source>
        <translation>Naujo kodo galėsite paprašyti netrukus (liko %1).</translation>
    </message>
    <message>
        <source>No SMS? You can ask for a new code now.</source>
        <translation>Negavote SMS? Dabar galite paprašyti naujo kodo.</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <translation>Paprašykite naujo kodo.</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1–%2 skaitmenys</translation>
    </message>
    <message>
        <source>Enter the new PIN</source>
        <translation>Įveskite naują PIN kodą</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Pakartokite tą patį PIN kodą</translation>
    </message>
    <message>
        <source>the PIN must be %1</source>
        <translation>PIN kodą turi sudaryti %1</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>PIN kodai nesutampa</translation>
    </message>
    <message>
        <source>No technician PIN is set on this kiosk.</source>
        <translation>Šiame kioske technikų PIN kodas nenustatytas.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Per daug neteisingų PIN kodų. Bandykite vėliau (liko %1).</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The PIN pad is locked for %1.</source>
        <translation>Per daug neteisingų PIN kodų. PIN klaviatūra užrakinta (liko %1).</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>Neteisingas PIN kodas. Liko bandymų: %1.</translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>The slip took longer than 15 seconds to lay out.</source>
        <translation>Kvito paruošimas užtruko ilgiau nei 15 sekundžių.</translation>
    </message>
    <message>
        <source>The slip&apos;s page is larger than 2 MB.</source>
        <translation>Kvito puslapis didesnis nei 2 MB.</translation>
    </message>
    <message>
        <source>The slip&apos;s page could not be laid out.</source>
        <translation>Nepavyko paruošti kvito puslapio.</translation>
    </message>
    <message>
        <source>The slip&apos;s length could not be measured.</source>
        <translation>Nepavyko išmatuoti kvito ilgio.</translation>
    </message>
    <message>
        <source>The slip could not be turned into a PDF.</source>
        <translation>Nepavyko paversti kvito PDF failu.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper</source>
        <translation>Kvitų spausdintuve baigėsi popierius</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open</source>
        <translation>Kvitų spausdintuvo dangtis atidarytas</translation>
    </message>
    <message>
        <source>The receipt printer is not answering (switched off or not connected)</source>
        <translation>Kvitų spausdintuvas neatsako (išjungtas arba neprijungtas)</translation>
    </message>
    <message>
        <source>Paper is jammed in the receipt printer</source>
        <translation>Kvitų spausdintuve įstrigo popierius</translation>
    </message>
    <message>
        <source>The receipt printer is offline (switched off or not connected)</source>
        <translation>Kvitų spausdintuvas nepasiekiamas (išjungtas arba neprijungtas)</translation>
    </message>
    <message>
        <source>The receipt printer is switched off</source>
        <translation>Kvitų spausdintuvas išjungtas</translation>
    </message>
    <message>
        <source>The CUPS tools are not installed (%1 missing); install cups-client</source>
        <translation>Neįdiegti CUPS įrankiai (trūksta %1); įdiekite cups-client</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not answer within %1; check that cupsd runs</source>
        <translation>Spausdinimo tarnyba (CUPS) neatsakė per nustatytą laiką (%1); patikrinkite, ar veikia cupsd</translation>
    </message>
    <message>
        <source>The print service cannot be reached (%1)</source>
        <translation>Spausdinimo tarnyba nepasiekiama (%1)</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER and the printer&apos;s name in CUPS (lpstat -p)</source>
        <translation>Spausdintuvo &apos;%1&apos; nėra; patikrinkite KIOSK_PRINTER ir spausdintuvo pavadinimą CUPS sistemoje (lpstat -p)</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running; start cupsd</source>
        <translation>Spausdinimo tarnyba (CUPS) neveikia; paleiskite cupsd</translation>
    </message>
    <message>
        <source>The printer &apos;%1&apos; does not accept jobs; a technician can run cupsaccept %1</source>
        <translation>Spausdintuvas &apos;%1&apos; nepriima užduočių; technikas gali paleisti cupsaccept %1</translation>
    </message>
    <message>
        <source>CUPS refused the slip for &apos;%1&apos;: %2</source>
        <translation>CUPS atmetė kvitą spausdintuvui &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s CUPS queue, or a system default printer (lpadmin -d NAME)</source>
        <translation>Spausdintuvas nenustatytas: KIOSK_PRINTER nurodykite kvitų spausdintuvo CUPS eilę arba nustatykite sistemos numatytąjį spausdintuvą (lpadmin -d PAVADINIMAS)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped (%2)</source>
        <translation>Kvitų spausdintuvo eilė &apos;%1&apos; sustabdyta (%2)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped</source>
        <translation>Kvitų spausdintuvo eilė &apos;%1&apos; sustabdyta</translation>
    </message>
    <message>
        <source>The receipt printer reports a fault (%1)</source>
        <translation>Kvitų spausdintuvas praneša apie gedimą (%1)</translation>
    </message>
    <message>
        <source>A slip has waited %1 in the printer queue</source>
        <translation>Kvitas spausdintuvo eilėje laukia per ilgai (%1)</translation>
    </message>
    <message>
        <source>%1; the last slip was not printed. It waits in the queue and prints when the printer is ready: do not print it again.</source>
        <translation>%1; paskutinis kvitas neatspausdintas. Jis laukia eilėje ir bus atspausdintas, kai spausdintuvas bus parengtas: nespausdinkite jo dar kartą.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n slip(s) were not printed. They wait in the queue and print when the printer is ready: do not print them again.</source>
        <translation>
            <numerusform>%1; neatspausdintas %n kvitas. Jis laukia eilėje ir bus atspausdintas, kai spausdintuvas bus parengtas: nespausdinkite jo dar kartą.</numerusform>
            <numerusform>%1; neatspausdinti %n kvitai. Jie laukia eilėje ir bus atspausdinti, kai spausdintuvas bus parengtas: nespausdinkite jų dar kartą.</numerusform>
            <numerusform>%1; neatspausdinta %n kvitų. Jie laukia eilėje ir bus atspausdinti, kai spausdintuvas bus parengtas: nespausdinkite jų dar kartą.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the last slip was not printed.</source>
        <translation>%1; paskutinis kvitas neatspausdintas.</translation>
    </message>
    <message>
        <source>%1. Check it before the next slip.</source>
        <translation>%1. Patikrinkite prieš spausdindami kitą kvitą.</translation>
    </message>
    <message>
        <source>The last slip was not printed: %1</source>
        <translation>Paskutinis kvitas neatspausdintas: %1</translation>
    </message>
    <message>
        <source>The page asked to print more than %1 slips at once; the rest were not printed.</source>
        <translation>Puslapis paprašė atspausdinti daugiau nei %1 kvitų iš karto; likusieji neatspausdinti.</translation>
    </message>
    <message>
        <source>The page that asked to print was gone before it could be copied.</source>
        <translation>Puslapis, kuris prašė spausdinti, dingo, kol dar nebuvo nukopijuotas.</translation>
    </message>
    <message>
        <source>The print system failed unexpectedly; see the kiosk log.</source>
        <translation>Spausdinimo sistema netikėtai sutriko; žr. kiosko žurnalą.</translation>
    </message>
    <message>
        <source>The printer&apos;s state could not be read; see the kiosk log</source>
        <translation>Nepavyko sužinoti spausdintuvo būsenos; žr. kiosko žurnalą</translation>
    </message>
    <message>
        <source>The slip&apos;s PDF could not be read for printing</source>
        <translation>Nepavyko perskaityti kvito PDF failo spausdinimui</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s name, or a Windows default printer</source>
        <translation>Spausdintuvas nenustatytas: KIOSK_PRINTER nurodykite kvitų spausdintuvo pavadinimą arba nustatykite „Windows“ numatytąjį spausdintuvą</translation>
    </message>
    <message>
        <source>The receipt printer reports an error (paper, cover or connection)</source>
        <translation>Kvitų spausdintuvas praneša apie klaidą (popierius, dangtis arba ryšys)</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s queue is paused</source>
        <translation>Kvitų spausdintuvo eilė pristabdyta</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER against Settings &gt; Printers</source>
        <translation>Spausdintuvo &apos;%1&apos; nėra; patikrinkite KIOSK_PRINTER pagal Parametrai &gt; Spausdintuvai</translation>
    </message>
</context>
<context>
    <name>ScreenWords</name>
    <message>
        <source>Try again now</source>
        <translation>Bandyti dabar</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Bandoma dar kartą…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Bandoma iš naujo…</translation>
    </message>
    <message>
        <source>Trying again in %1</source>
        <translation>Iki kito bandymo liko %1</translation>
    </message>
    <message>
        <source>Try again in %1</source>
        <translation>Bandyti (liko %1)</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Starting…</source>
        <translation>Paleidžiama…</translation>
    </message>
    <message>
        <source>The webshop page did not load completely.</source>
        <translation>Lažybų svetainės puslapis įsikėlė ne iki galo.</translation>
    </message>
    <message>
        <source>The webshop page left for a blank page %1 times in a row, even with fresh login links. Check the webshop (or a proxy in front of it) with BetGames; the kiosk keeps trying.</source>
        <translation>Lažybų svetainės puslapis %1 k. iš eilės pereidavo į tuščią puslapį, net ir su naujomis prisijungimo nuorodomis. Patikrinkite lažybų svetainę (ar tarpinį serverį prieš ją) kartu su BetGames; kioskas bandys toliau.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to plain http at %1; the kiosk opens only https outside this PC. Check KIOSK_AUTH_URL and any proxy that rewrites https to http.</source>
        <translation>Lažybų svetainės prisijungimo nuoroda nukreipė kioską į nesaugų http adresu %1; už šio kompiuterio ribų kioskas atidaro tik https. Patikrinkite KIOSK_AUTH_URL ir tarpinius serverius, keičiančius https į http.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to %1, which is not in KIOSK_ALLOWED_HOSTS; add it there if it is genuine.</source>
        <translation>Lažybų svetainės prisijungimo nuoroda nukreipė kioską į %1, kurio nėra KIOSK_ALLOWED_HOSTS; jei adresas tikras, įrašykite jį ten.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to an address it may not open (%1). Check KIOSK_AUTH_URL and KIOSK_ALLOWED_HOSTS.</source>
        <translation>Lažybų svetainės prisijungimo nuoroda nukreipė kioską į adresą, kurio atidaryti negalima (%1). Patikrinkite KIOSK_AUTH_URL ir KIOSK_ALLOWED_HOSTS.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 Check the PC&apos;s date and time; behind a company proxy, install its certificate in the system store.</source>
        <translation>Saugus ryšys su %1 atmestas: %2 Patikrinkite kompiuterio datą ir laiką; jei naudojamas įmonės tarpinis serveris, įdiekite jo sertifikatą į sistemos saugyklą.</translation>
    </message>
    <message>
        <source>The webshop sent the kiosk to its login page %1 times in a row, even with fresh login links. Check that the POS user is active in the BetGames back office and that the shop, POS and user names are right.</source>
        <translation>Lažybų svetainė %1 k. iš eilės nukreipė kioską į prisijungimo puslapį, net ir su naujomis prisijungimo nuorodomis. Patikrinkite, ar kasos naudotojas aktyvus BetGames administravimo sistemoje ir ar teisingi parduotuvės, kasos bei naudotojo pavadinimai.</translation>
    </message>
    <message>
        <source>The web page process ended %1 times within %2; exiting so the kiosk is restarted cleanly.</source>
        <translation>Puslapio procesas nutrūko %1 k. per trumpą laiką (%2); kioskas išjungiamas, kad būtų paleistas iš naujo.</translation>
    </message>
    <message>
        <source>The webshop page did not arrive within %1.</source>
        <translation>Lažybų svetainės puslapis neįsikėlė per nustatytą laiką (%1).</translation>
    </message>
    <message>
        <source>Signing in to the webshop…</source>
        <translation>Jungiamasi prie lažybų svetainės…</translation>
    </message>
    <message>
        <source>The webshop cannot be reached right now</source>
        <translation>Šiuo metu nepavyksta pasiekti lažybų svetainės</translation>
    </message>
    <message>
        <source>The kiosk needs a technician</source>
        <translation>Reikia techniko pagalbos</translation>
    </message>
    <message>
        <source>The webshop page could not be loaded (%1).</source>
        <translation>Nepavyko įkelti lažybų svetainės puslapio (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Field required</source>
        <translation>Laukas privalomas</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Turi būti sveikasis skaičius; šio teksto paversti skaičiumi nepavyko</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Turi būti sveikasis skaičius, o gautas skaičius su trupmenine dalimi</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Turi būti sveikasis skaičius</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Turi būti skaičius; šio teksto paversti skaičiumi nepavyko</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Turi būti skaičius</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Turi būti true arba false; reikšmės suprasti nepavyko</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Turi būti true arba false</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Turi būti tekstas</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Turi būti sąrašas</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>Turi būti didesnis nei %1</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>Turi būti ne mažesnis kaip %1</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>Turi būti mažesnis nei %1</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>Turi būti ne didesnis kaip %1</translation>
    </message>
    <message>
        <source>%1: %2, got %3 (%4)</source>
        <translation>%1: %2, gauta %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>negali būti tuščias</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the autologin endpoint</source>
        <translation>turi būti visas automatinio prisijungimo tarnybos http(s) URL</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the player-data gateway</source>
        <translation>turi būti visas žaidėjų duomenų tarnybos http(s) URL</translation>
    </message>
    <message>
        <source>must be a single path segment such as &apos;v1&apos;</source>
        <translation>turi būti viena kelio dalis, pvz., &apos;v1&apos;</translation>
    </message>
    <message>
        <source>must list at least one host, e.g. %1</source>
        <translation>turi nurodyti bent vieną adresą, pvz., %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1)</source>
        <translation>nėra tinkama reguliarioji išraiška (%1)</translation>
    </message>
    <message>
        <source>matches the autologin link itself, so every login would loop</source>
        <translation>atitinka pačią automatinio prisijungimo nuorodą, todėl kiekvienas prisijungimas kartotųsi be galo</translation>
    </message>
    <message>
        <source>must be a local time like &quot;04:00&quot;, or empty to turn it off</source>
        <translation>turi būti vietinis laikas, pvz., &quot;04:00&quot;, arba tuščia, kad būtų išjungta</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nėra viena iš reikšmių: %2</translation>
    </message>
    <message>
        <source>must be modifiers and one key, like &quot;Ctrl+Alt+Shift+T&quot;</source>
        <translation>turi būti modifikavimo klavišai ir vienas klavišas, pvz., &quot;Ctrl+Alt+Shift+T&quot;</translation>
    </message>
    <message>
        <source>%1 is not a key name the kiosk knows: use a letter, a digit, F1-F35 or one of %2</source>
        <translation>%1 – kioskui nežinomas klavišo pavadinimas: naudokite raidę, skaitmenį, F1–F35 arba vieną iš: %2</translation>
    </message>
    <message>
        <source>needs Ctrl, Alt or Meta (Shift alone would take a letter from the webshop)</source>
        <translation>reikia Ctrl, Alt arba Meta (vien Shift atimtų raidę iš lažybų svetainės)</translation>
    </message>
    <message>
        <source>is not a PIN hash; write it with `kiosk set-pin`, never the PIN itself</source>
        <translation>nėra PIN kodo maiša; įrašykite ją komanda `kiosk set-pin`, niekada ne patį PIN kodą</translation>
    </message>
    <message>
        <source>must be auto, on or off</source>
        <translation>turi būti auto, on arba off</translation>
    </message>
    <message>
        <source>%1 is not a keyboard layout; use %2</source>
        <translation>%1 nėra klaviatūros išdėstymas; naudokite %2</translation>
    </message>
    <message>
        <source>names a layout twice</source>
        <translation>tas pats išdėstymas nurodytas du kartus</translation>
    </message>
    <message>
        <source>%1 is not a language the kiosk speaks; use one of %2, or leave it empty for the system&apos;s</source>
        <translation>%1 – kioskas šios kalbos nemoka; naudokite vieną iš: %2, arba palikite tuščią, kad būtų naudojama sistemos kalba</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>turi būti viena iš: %1</translation>
    </message>
    <message>
        <source>leaves less than 20 mm to print on paper %1 mm wide; use at most %2 mm</source>
        <translation>ant %1 mm pločio popieriaus spausdinimui lieka mažiau nei 20 mm; naudokite ne daugiau kaip %2 mm</translation>
    </message>
    <message>
        <source>%1 cannot be a printer name (it starts with &apos;-&apos;)</source>
        <translation>%1 negali būti spausdintuvo pavadinimas (prasideda &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a printer name of at most 127 characters, empty for the system default, or off</source>
        <translation>turi būti ne ilgesnis nei 127 simbolių spausdintuvo pavadinimas, tuščia (sistemos numatytasis) arba off</translation>
    </message>
    <message>
        <source>%1 cannot be a CUPS queue name (no spaces, &apos;/&apos;, &apos;#&apos; or &apos;\&apos;); list the queues with lpstat -p</source>
        <translation>%1 negali būti CUPS eilės pavadinimas (be tarpų, &apos;/&apos;, &apos;#&apos; ir &apos;\&apos;); eiles išvardys lpstat -p</translation>
    </message>
    <message>
        <source>must use https (plain http is accepted only for a loopback sandbox)</source>
        <translation>turi naudoti https (paprastas http leidžiamas tik vietiniam smėlio dėžės serveriui)</translation>
    </message>
    <message>
        <source>the config file %1 does not exist (given with --config)</source>
        <translation>konfigūracijos failo %1 nėra (nurodytas su --config)</translation>
    </message>
    <message>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 nėra tinkamas TOML: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2: %3</source>
        <translation>nepavyksta perskaityti %1: %2: %3</translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation>iš aplinkos kintamojo %1</translation>
    </message>
    <message>
        <source>from %1, key &apos;%2&apos;</source>
        <translation>iš %1, raktas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not set: set environment variable %1 or key &apos;%2&apos; in %3</source>
        <translation>nenustatyta: nustatykite aplinkos kintamąjį %1 arba raktą &apos;%2&apos; faile %3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>privaloma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a setting the kiosk knows (check the spelling; keys are lower case)</source>
        <translation>&apos;%1&apos; faile %2 – kioskui nežinomas nustatymas (patikrinkite rašybą; raktai rašomi mažosiomis raidėmis)</translation>
    </message>
    <message>
        <source>%1 (a JSON list, e.g. %2)</source>
        <translation>%1 (JSON sąrašas, pvz., %2)</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <source>This terminal is not set up yet</source>
        <translation>Šis terminalas dar nenustatytas</translation>
    </message>
    <message>
        <source>The webshop starts once a technician has entered its settings. What is missing or wrong:</source>
        <translation>Lažybų svetainė pasileis, kai technikas įves nustatymus. Ko trūksta arba kas neteisinga:</translation>
    </message>
    <message>
        <source>Set up this terminal</source>
        <translation>Nustatyti terminalą</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Toliau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation>Nustatymai užrakinti</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>Techniko PIN kodas</translation>
    </message>
    <message>
        <source>Choose a technician PIN (%1)</source>
        <translation>Sugalvokite techniko PIN kodą (%1)</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Įveskite PIN kodą</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>Terminalo nustatymai</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>held by the broker</source>
        <translation>saugo brokeris</translation>
    </message>
    <message>
        <source>set; type here to replace it</source>
        <translation>nustatytas; įrašykite, jei norite pakeisti</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nenustatytas</translation>
    </message>
    <message>
        <source>set by the environment (wins over this file)</source>
        <translation>nustatyta aplinkos kintamuoju (svarbiau už šį failą)</translation>
    </message>
    <message>
        <source>saved to %1 and the broker</source>
        <translation>saugoma faile %1 ir brokeryje</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>saugoma faile %1</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation>Pataisykite raudonai pažymėtus laukus; niekas neišsaugota.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tikrinamas ryšys…</translation>
    </message>
    <message>
        <source>the test failed unexpectedly (%1)</source>
        <translation>patikrinimas netikėtai nepavyko (%1)</translation>
    </message>
    <message>
        <source>Connection works (save first to test new values): %1</source>
        <translation>Ryšys veikia (naujas reikšmes pirmiausia išsaugokite, tada tikrinkite): %1</translation>
    </message>
    <message>
        <source>Connection failed (save first to test new values): %1</source>
        <translation>Ryšio nėra (naujas reikšmes pirmiausia išsaugokite, tada tikrinkite): %1</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Ryšys veikia: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Ryšio nėra: %1</translation>
    </message>
    <message>
        <source>Handing the settings to the broker…</source>
        <translation>Nustatymai perduodami brokeriui…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Išsaugota.</translation>
    </message>
    <message>
        <source>Nothing was saved: the save failed unexpectedly (%1).</source>
        <translation>Niekas neišsaugota: išsaugoti netikėtai nepavyko (%1).</translation>
    </message>
    <message>
        <source>The technician PIN (%1) is not a PIN hash, so settings cannot be opened here. In a shell, run `kiosk set-pin` (or remove that setting), then restart the kiosk.</source>
        <translation>Techniko PIN kodas (%1) nėra PIN kodo maiša, todėl nustatymų čia atidaryti negalima. Komandinėje eilutėje paleiskite `kiosk set-pin` (arba pašalinkite šį nustatymą) ir paleiskite kioską iš naujo.</translation>
    </message>
</context>
<context>
    <name>TechnicianWords</name>
    <message>
        <source>starting</source>
        <translation>paleidžiamas</translation>
    </message>
    <message>
        <source>asking for a login link</source>
        <translation>prašoma prisijungimo nuorodos</translation>
    </message>
    <message>
        <source>loading the webshop</source>
        <translation>įkeliama lažybų svetainė</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>parengtas</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>nėra ryšio</translation>
    </message>
    <message>
        <source>error</source>
        <translation>klaida</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>parengtas</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>spausdina</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>sustabdytas</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>neprijungtas</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>klaida</translation>
    </message>
    <message>
        <source>off</source>
        <translation>išjungtas</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>dar nežinoma</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technikas</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Įveskite PIN kodą</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Technician menu</source>
        <translation>Techniko meniu</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Įkelti puslapį iš naujo</translation>
    </message>
    <message>
        <source>New login link</source>
        <translation>Nauja prisijungimo nuoroda</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Spausdinti bandomąjį puslapį</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Paleisti kioską iš naujo</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Išeiti į darbalaukį</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Locked for %1.</source>
        <translation>Užrakinta (liko %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Lažybų punktas</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Paskutinė klaida</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP adresai</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Duomenų aplankas</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Ribotas veikimas</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vaizdas</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>%1: %2 (%3 printed, %4 failed, %5 waiting)</source>
        <translation>%1: %2 (atspausdinta %3, nepavyko %4, laukia %5)</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>Spausdintuvo klaida</translation>
    </message>
</context>
<context>
    <name>TestPageWords</name>
    <message>
        <source>%1 mm wide, margins %2 mm</source>
        <translation>plotis %1 mm, paraštės %2 mm</translation>
    </message>
    <message>
        <source>Kiosk printer test page</source>
        <translation>Kiosko spausdintuvo bandomasis puslapis</translation>
    </message>
    <message>
        <source>PRINTER TEST PAGE</source>
        <translation>SPAUSDINTUVO BANDOMASIS PUSLAPIS</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Popierius</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Lažybų punktas</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Atspausdinta</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kioskas</translation>
    </message>
    <message>
        <source>The ruler should span the paper from edge to edge.</source>
        <translation>Liniuotė turi siekti nuo vieno popieriaus krašto iki kito.</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(sistemos numatytasis)</translation>
    </message>
</context>
<context>
    <name>UpdateWords</name>
    <message>
        <source>not installed from a package here: no automatic updates</source>
        <translation>čia įdiegta ne iš paketo: automatinių atnaujinimų nėra</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the %2 fresh start</source>
        <translation>įdiegta %1; kioskas ją paleis per %2 kasdienį paleidimą iš naujo</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the next restart</source>
        <translation>įdiegta %1; kioskas ją paleis kitą kartą paleidžiamas iš naujo</translation>
    </message>
    <message>
        <source>none pending (%1 is installed)</source>
        <translation>nelaukia jokių (įdiegta %1)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atnaujinimas</translation>
    </message>
    <message>
        <source>Last update check</source>
        <translation>Paskutinis atnaujinimų tikrinimas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: nepavyko: %2</translation>
    </message>
    <message>
        <source>never (see KIOSK_UPDATE_WINDOW and the repository in kiosk doctor)</source>
        <translation>niekada (žr. KIOSK_UPDATE_WINDOW ir saugyklą per kiosk doctor)</translation>
    </message>
    <message>
        <source>this kiosk does not run from an installed package: no automatic updates</source>
        <translation>šis kioskas paleistas ne iš įdiegto paketo: automatinių atnaujinimų nėra</translation>
    </message>
    <message>
        <source>no repository (%1 is missing; see docs/it/updates.md)</source>
        <translation>nėra saugyklos (trūksta %1; žr. docs/it/updates.md)</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>saugykla %1</translation>
    </message>
    <message>
        <source>automatic updates off (KIOSK_UPDATE_WINDOW is empty)</source>
        <translation>automatiniai atnaujinimai išjungti (KIOSK_UPDATE_WINDOW tuščias)</translation>
    </message>
    <message>
        <source>window %1, but no daily fresh start: an update waits for a restart</source>
        <translation>langas %1, bet kasdienio paleidimo iš naujo nėra: atnaujinimas laukia paleidimo iš naujo</translation>
    </message>
    <message>
        <source>window %1 does not close before the %2 fresh start</source>
        <translation>langas %1 neužsidaro iki %2 kasdienio paleidimo iš naujo</translation>
    </message>
    <message>
        <source>window %1, fresh start %2</source>
        <translation>langas %1, paleidimas iš naujo %2</translation>
    </message>
    <message>
        <source>never checked yet</source>
        <translation>dar niekada netikrinta</translation>
    </message>
    <message>
        <source>last check %1: %2</source>
        <translation>paskutinis tikrinimas %1: %2</translation>
    </message>
    <message>
        <source>last check %1: FAILED: %2</source>
        <translation>paskutinis tikrinimas %1: NEPAVYKO: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message numerus="yes">
        <source>%n rollback(s), the last: %1; held %2 (`kiosk update --unhold VERSION`)</source>
        <translation>
            <numerusform>%n grąžinimas, paskutinis: %1; sulaikytos %2 (`kiosk update --unhold VERSION`)</numerusform>
            <numerusform>%n grąžinimai, paskutinis: %1; sulaikytos %2 (`kiosk update --unhold VERSION`)</numerusform>
            <numerusform>%n grąžinimų, paskutinis: %1; sulaikytos %2 (`kiosk update --unhold VERSION`)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on trial: rolled back if it does not reach ready in time</source>
        <translation>%1 išbandoma: bus grąžinta ankstesnė, jei laiku nepasieks parengties</translation>
    </message>
    <message>
        <source>%1 is installed; this kiosk (%2) restarts into it at its fresh start</source>
        <translation>įdiegta %1; šis kioskas (%2) ją paleis per paleidimą iš naujo</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>Grąžinimai</translation>
    </message>
    <message>
        <source>%1; last %2: %3; back to %4. Held: %5</source>
        <translation>%1; paskutinis %2: %3; grąžinta %4. Sulaikytos: %5</translation>
    </message>
</context>
<context>
    <name>WebshopWords</name>
    <message>
        <source>The autologin service at %1 did not answer with JSON (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>Automatinio prisijungimo tarnyba %1 atsakė ne JSON formatu (tarpinio serverio ar prisijungimo portalo puslapis?); patikrinkite parduotuvės interneto ryšį.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered without a login link; it will be tried again.</source>
        <translation>Automatinio prisijungimo tarnyba %1 atsakė be prisijungimo nuorodos; bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP %2) and asked to be tried again in %3.</source>
        <translation>Automatinio prisijungimo tarnyba %1 užimta (HTTP %2) ir paprašė bandyti vėliau (laukti: %3).</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP 429); it will be tried again.</source>
        <translation>Automatinio prisijungimo tarnyba %1 užimta (HTTP 429); bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The autologin service at %1 has a problem (HTTP %2); it will be tried again.</source>
        <translation>Automatinio prisijungimo tarnyboje %1 triktis (HTTP %2); bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The webshop rejected the autologin request: %1. Check the partner id and secret key, and the shop, POS and user names in the kiosk configuration.</source>
        <translation>Lažybų svetainė atmetė automatinio prisijungimo užklausą: %1. Kiosko konfigūracijoje patikrinkite partnerio ID, slaptą raktą ir parduotuvės, kasos bei naudotojo pavadinimus.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered HTTP %2; check KIOSK_AUTH_URL and any proxy between the shop and the internet.</source>
        <translation>Automatinio prisijungimo tarnyba %1 atsakė HTTP %2; patikrinkite KIOSK_AUTH_URL ir tarpinius serverius tarp parduotuvės ir interneto.</translation>
    </message>
    <message>
        <source>The autologin service at %1 took longer than %2 to answer (a slow proxy or captive portal?); check the shop&apos;s internet connection.</source>
        <translation>Automatinio prisijungimo tarnyba %1 atsakė per lėtai (ilgiau nei %2; lėtas tarpinis serveris ar prisijungimo portalas?); patikrinkite parduotuvės interneto ryšį.</translation>
    </message>
    <message>
        <source>The autologin service at %1 sent an answer larger than %2 KiB (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>Automatinio prisijungimo tarnyba %1 atsiuntė didesnį nei %2 KiB atsakymą (tarpinio serverio ar prisijungimo portalo puslapis?); patikrinkite parduotuvės interneto ryšį.</translation>
    </message>
    <message>
        <source>The autologin service at %1 did not answer in time; check the shop&apos;s internet connection.</source>
        <translation>Automatinio prisijungimo tarnyba %1 laiku neatsakė; patikrinkite parduotuvės interneto ryšį.</translation>
    </message>
    <message>
        <source>The autologin request to %1 failed (%2); check the shop&apos;s internet connection and proxy.</source>
        <translation>Automatinio prisijungimo užklausa į %1 nepavyko (%2); patikrinkite parduotuvės interneto ryšį ir tarpinį serverį.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a login link that is not https (%1); the kiosk will not open it. Check the broker&apos;s auth_url.</source>
        <translation>Kiosko brokeris atsiuntė ne https prisijungimo nuorodą (%1); kioskas jos neatidarys. Patikrinkite brokerio auth_url.</translation>
    </message>
    <message>
        <source>The webshop sent a login link that is not https (%1); the kiosk will not open it. Check KIOSK_AUTH_URL points at the real BetGames service.</source>
        <translation>Lažybų svetainė atsiuntė ne https prisijungimo nuorodą (%1); kioskas jos neatidarys. Patikrinkite, ar KIOSK_AUTH_URL nurodo tikrąją BetGames tarnybą.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2): %3.</source>
        <translation>Lažybų svetainė atsiuntė prisijungimo nuorodą į %1, kurio nėra KIOSK_ALLOWED_HOSTS (%2): %3.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2); add it there if it is genuine.</source>
        <translation>Lažybų svetainė atsiuntė prisijungimo nuorodą į %1, kurio nėra KIOSK_ALLOWED_HOSTS (%2); jei adresas tikras, įrašykite jį ten.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate problem); check the PC&apos;s date and time and, behind a company proxy, that its certificate is installed in the system store.</source>
        <translation>Saugus ryšys su %1 nepavyko (sertifikato problema); patikrinkite kompiuterio datą ir laiką, o jei naudojamas įmonės tarpinis serveris – ar jo sertifikatas įdiegtas sistemos saugykloje.</translation>
    </message>
    <message>
        <source>The address %1 cannot be found (DNS); check the shop&apos;s internet connection.</source>
        <translation>Adreso %1 rasti nepavyksta (DNS); patikrinkite parduotuvės interneto ryšį.</translation>
    </message>
    <message>
        <source>The autologin service at %1 cannot be reached; check the shop&apos;s internet connection.</source>
        <translation>Automatinio prisijungimo tarnyba %1 nepasiekiama; patikrinkite parduotuvės interneto ryšį.</translation>
    </message>
    <message>
        <source>The autologin request failed unexpectedly; it will be tried again.</source>
        <translation>Automatinio prisijungimo užklausa netikėtai nepavyko; bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The kiosk cannot get a login link: %1.</source>
        <translation>Kioskas negali gauti prisijungimo nuorodos: %1.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker at %1 did not answer properly (%2); it will be tried again.</source>
        <translation>Kiosko brokeris %1 atsakė netinkamai (%2); bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent an answer without a login link; it will be tried again.</source>
        <translation>Kiosko brokeris atsakė be prisijungimo nuorodos; bus bandoma dar kartą.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a failure without a reason; it will be tried again.</source>
        <translation>Kiosko brokeris pranešė apie nesėkmę be priežasties; bus bandoma dar kartą.</translation>
    </message>
</context>
<context>
    <name>WidgetWords</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
</context>
</TS>
