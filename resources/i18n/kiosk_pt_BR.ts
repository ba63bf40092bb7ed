<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>recusado: %1</translation>
    </message>
    <message>
        <source>link host not allowed: %1</source>
        <translation>host do link não permitido: %1</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>sem conexão: %1</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>aceito pelo intermediário: id da loja %1, id do ponto de venda %2, id do usuário %3; o link de login vai para %4, um host permitido (%5 ms)</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms)</source>
        <translation>aceito: ID da loja %1, ID do PDV %2, ID do usuário %3; o link de login vai para %4, um host permitido (%5 ms)</translation>
    </message>
    <message>
        <source>accepted by the broker: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>aceito pelo intermediário: id da loja %1, id do ponto de venda %2, id do usuário %3; o link de login vai para %4, um host permitido (%5 ms). Página de login: %6</translation>
    </message>
    <message>
        <source>accepted: shop id %1, POS id %2, user id %3; the login link goes to %4, an allowed host (%5 ms). Login page: %6</source>
        <translation>aceito: ID da loja %1, ID do PDV %2, ID do usuário %3; o link de login vai para %4, um host permitido (%5 ms). Página de login: %6</translation>
    </message>
</context>
<context>
    <name>CustodyWords</name>
    <message>
        <source>the partner secret is readable by the desktop user (direct mode: the kiosk holds it in its own settings); move it to the broker: %1</source>
        <translation>o usuário da área de trabalho consegue ler a chave secreta do parceiro (modo direto: o quiosque a guarda nas próprias configurações); mova-a para o intermediário: %1</translation>
    </message>
    <message>
        <source>direct mode (development, demo, sandbox): the partner secret is in the kiosk&apos;s own settings; an installed terminal keeps it in the broker (KIOSK_BROKER)</source>
        <translation>modo direto (desenvolvimento, demonstração, ambiente de testes): a chave secreta do parceiro está nas configurações do próprio quiosque; um terminal instalado a guarda no intermediário (KIOSK_BROKER)</translation>
    </message>
    <message>
        <source>broker mode, but %1; %2</source>
        <translation>modo intermediário, mas %1; %2</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet (%1); set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>modo intermediário, mas o intermediário ainda não tem identidade (%1); configure-a: sudo kiosk setup, a tela de configurações ou sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode, but the broker holds no identity yet; set it up: sudo kiosk setup, the setup screen, or sudo kiosk broker import</source>
        <translation>modo intermediário, mas o intermediário ainda não tem identidade; configure-a: sudo kiosk setup, a tela de configurações ou sudo kiosk broker import</translation>
    </message>
    <message>
        <source>broker mode: the broker at %1 holds it (partner %2, shop %3), out of the desktop user&apos;s reach</source>
        <translation>modo intermediário: o intermediário em %1 a guarda (parceiro %2, loja %3), fora do alcance do usuário da área de trabalho</translation>
    </message>
</context>
<context>
    <name>DataDirWords</name>
    <message>
        <source>data dir not writable: %1 (%2)</source>
        <translation>não é possível gravar na pasta de dados: %1 (%2)</translation>
    </message>
    <message>
        <source>data dir almost full: %1 (%2 MB free)</source>
        <translation>pasta de dados quase cheia: %1 (%2 MB livres)</translation>
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
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Todas as verificações passaram</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n verificação falhou</numerusform>
            <numerusform>%n verificações falharam</numerusform>
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
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DoctorWords</name>
    <message>
        <source>configuration</source>
        <translation>configuração</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>pasta de dados</translation>
    </message>
    <message>
        <source>kiosk process</source>
        <translation>processo do quiosque</translation>
    </message>
    <message>
        <source>display</source>
        <translation>tela</translation>
    </message>
    <message>
        <source>web engine libraries</source>
        <translation>bibliotecas do motor web</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexão</translation>
    </message>
    <message>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>autologin</source>
        <translation>login automático</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>relógio</translation>
    </message>
    <message>
        <source>allowed hosts</source>
        <translation>hosts permitidos</translation>
    </message>
    <message>
        <source>login page</source>
        <translation>página de login</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>impressora</translation>
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
        <translation>chave secreta do parceiro</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>atualizações</translation>
    </message>
    <message>
        <source>the check itself failed (%1); see the kiosk log and report it</source>
        <translation>a própria verificação falhou (%1); veja o log do quiosque e informe o erro</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them in the config file or with `kiosk setup`:</source>
        <translation>
            <numerusform>%n problema; corrija no arquivo de configuração ou com `kiosk setup`:</numerusform>
            <numerusform>%n problemas; corrija-os no arquivo de configuração ou com `kiosk setup`:</numerusform>
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
        <translation>do ambiente: %1 (estas têm prioridade sobre o arquivo: %2)</translation>
    </message>
    <message>
        <source>from the environment: %1</source>
        <translation>do ambiente: %1</translation>
    </message>
    <message>
        <source>only defaults</source>
        <translation>só valores padrão</translation>
    </message>
    <message>
        <source>the rest are defaults</source>
        <translation>o resto são valores padrão</translation>
    </message>
    <message>
        <source>%1; the kiosk would run degraded. Fix the permissions or free space, or set %2.</source>
        <translation>%1; o quiosque funcionaria de forma limitada. Corrija as permissões ou libere espaço, ou defina %2.</translation>
    </message>
    <message>
        <source>%1 is writable but only %2 MB are free; free some space.</source>
        <translation>%1 permite gravação, mas só há %2 MB livres; libere espaço.</translation>
    </message>
    <message>
        <source>%1 is writable, %2 GB free</source>
        <translation>%1 permite gravação, %2 GB livres</translation>
    </message>
    <message>
        <source>no kiosk is running on this data dir</source>
        <translation>nenhum quiosque está rodando com esta pasta de dados</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check its permissions</source>
        <translation>não é possível ler %1 (%2); verifique as permissões</translation>
    </message>
    <message>
        <source>a kiosk is running on this data dir (pid %1)</source>
        <translation>há um quiosque rodando com esta pasta de dados (pid %1)</translation>
    </message>
    <message>
        <source>no kiosk is running (a stale lock is left; the next start takes it over)</source>
        <translation>nenhum quiosque está rodando (sobrou um bloqueio antigo; a próxima inicialização o assume)</translation>
    </message>
    <message>
        <source>the desktop session provides the display</source>
        <translation>a sessão da área de trabalho fornece a tela</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=offscreen: the kiosk would draw to no screen (right for tests only); unset it on a terminal</source>
        <translation>QT_QPA_PLATFORM=offscreen: o quiosque não desenharia em nenhuma tela (serve só para testes); remova-a no terminal</translation>
    </message>
    <message>
        <source>Wayland display %1</source>
        <translation>tela Wayland %1</translation>
    </message>
    <message>
        <source>WAYLAND_DISPLAY=%1 but %2 does not exist; run inside the desktop session</source>
        <translation>WAYLAND_DISPLAY=%1, mas %2 não existe; execute dentro da sessão da área de trabalho</translation>
    </message>
    <message>
        <source>neither DISPLAY nor WAYLAND_DISPLAY is set; run it inside the desktop session (as the installed service does), or set DISPLAY=:0</source>
        <translation>nem DISPLAY nem WAYLAND_DISPLAY estão definidas; execute dentro da sessão da área de trabalho (como faz o serviço instalado) ou defina DISPLAY=:0</translation>
    </message>
    <message>
        <source>DISPLAY=%1 is not a display name like :0</source>
        <translation>DISPLAY=%1 não é um nome de tela como :0</translation>
    </message>
    <message>
        <source>no X server answers on DISPLAY=%1 (%2); start the desktop session or check DISPLAY</source>
        <translation>nenhum servidor X responde em DISPLAY=%1 (%2); inicie a sessão da área de trabalho ou verifique DISPLAY</translation>
    </message>
    <message>
        <source>X server on DISPLAY=%1</source>
        <translation>servidor X em DISPLAY=%1</translation>
    </message>
    <message>
        <source>checked on Linux only (the Windows installer ships every library)</source>
        <translation>verificado só no Linux (o instalador para Windows traz todas as bibliotecas)</translation>
    </message>
    <message>
        <source>ldd is not installed, so the libraries cannot be listed</source>
        <translation>o ldd não está instalado, então não dá para listar as bibliotecas</translation>
    </message>
    <message>
        <source>QtWebEngine is not found; reinstall the kiosk</source>
        <translation>QtWebEngine não encontrado; reinstale o quiosque</translation>
    </message>
    <message>
        <source>every library QtWebEngine and the X platform need is installed</source>
        <translation>todas as bibliotecas de que o QtWebEngine e a plataforma X precisam estão instaladas</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>install them: %1</source>
        <translation>instale-as: %1</translation>
    </message>
    <message>
        <source>find the package of %1 with `apt-file search`</source>
        <translation>encontre o pacote de %1 com `apt-file search`</translation>
    </message>
    <message>
        <source>the web engine test could not be started; reinstall the kiosk</source>
        <translation>não foi possível iniciar o teste do motor web; reinstale o quiosque</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page within 30 s; the PC may be overloaded, or its graphics drivers broken</source>
        <translation>o QtWebEngine não carregou uma página de teste em 30 s; o computador pode estar sobrecarregado ou os drivers de vídeo com defeito</translation>
    </message>
    <message>
        <source>QtWebEngine started a renderer and loaded a test page</source>
        <translation>o QtWebEngine iniciou um processo de renderização e carregou uma página de teste</translation>
    </message>
    <message>
        <source>QtWebEngine cannot start as root (Chromium&apos;s sandbox refuses it); run `kiosk doctor` as the kiosk&apos;s user, e.g. %1</source>
        <translation>o QtWebEngine não pode rodar como root (o sandbox do Chromium não permite); execute `kiosk doctor` como o usuário do quiosque, por exemplo %1</translation>
    </message>
    <message>
        <source>QtWebEngine did not load a test page (%1); check the web engine libraries above and the graphics drivers</source>
        <translation>o QtWebEngine não carregou uma página de teste (%1); verifique as bibliotecas do motor web acima e os drivers de vídeo</translation>
    </message>
    <message>
        <source>not checked: the web engine did not start (above)</source>
        <translation>não verificado: o motor web não iniciou (acima)</translation>
    </message>
    <message>
        <source>the web engine did not say which codecs it plays within 20 s; run `kiosk doctor` again, and check the graphics drivers if it repeats</source>
        <translation>o motor web não informou em 20 s quais codecs reproduz; execute `kiosk doctor` de novo e, se repetir, verifique os drivers de vídeo</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>o proxy %1</translation>
    </message>
    <message>
        <source>%1 cannot be resolved (%2); check the network cable or Wi-Fi, and the PC&apos;s DNS servers</source>
        <translation>não é possível resolver %1 (%2); verifique o cabo de rede ou o Wi-Fi e os servidores DNS do computador</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 é %2</translation>
    </message>
    <message>
        <source>skipped: the name did not resolve</source>
        <translation>ignorado: o nome não foi resolvido</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); a firewall or proxy may block it: check the shop&apos;s internet access</source>
        <translation>não é possível conectar a %1 (%2); um firewall ou proxy pode estar bloqueando: verifique o acesso à internet da loja</translation>
    </message>
    <message>
        <source>%1 reachable through the proxy %2 in %3 ms</source>
        <translation>%1 acessível pelo proxy %2 em %3 ms</translation>
    </message>
    <message>
        <source>%1 reachable in %2 ms</source>
        <translation>%1 acessível em %2 ms</translation>
    </message>
    <message>
        <source>plain http to the loopback sandbox %1; no TLS to check</source>
        <translation>http simples para o sandbox local %1; não há TLS para verificar</translation>
    </message>
    <message>
        <source>skipped: no connection</source>
        <translation>ignorado: sem conexão</translation>
    </message>
    <message>
        <source>through a proxy: the autologin request below checks the certificate</source>
        <translation>por um proxy: a solicitação de login automático abaixo verifica o certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); check the PC&apos;s date and time, and behind a company proxy install its certificate in the system store</source>
        <translation>o certificado de %1 não é confiável (%2); verifique a data e a hora do computador e, atrás de um proxy corporativo, instale o certificado dele no repositório do sistema</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2); a proxy or firewall may intercept it</source>
        <translation>a conexão segura com %1 falhou (%2); um proxy ou firewall pode estar interceptando</translation>
    </message>
    <message>
        <source>%1 to %2, certificate trusted by the system store</source>
        <translation>%1 com %2, certificado confiável para o repositório do sistema</translation>
    </message>
    <message>
        <source>skipped: the configuration is not complete</source>
        <translation>ignorado: a configuração não está completa</translation>
    </message>
    <message>
        <source>skipped: the autologin host did not resolve</source>
        <translation>ignorado: o host do login automático não foi resolvido</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s time could not be read (no answer)</source>
        <translation>ignorado: não foi possível ler a hora da API (sem resposta)</translation>
    </message>
    <message>
        <source>skipped: the API&apos;s Date header cannot be read</source>
        <translation>ignorado: não é possível ler o cabeçalho Date da API</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>o relógio deste computador está %1 adiantado em relação à API; os certificados vão parecer inválidos: acerte a data e a hora e ative a hora automática (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; certificates will look invalid: set the date and time, and turn on automatic time (NTP)</source>
        <translation>o relógio deste computador está %1 atrasado em relação à API; os certificados vão parecer inválidos: acerte a data e a hora e ative a hora automática (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 ahead of the API&apos;s; turn on automatic time (NTP)</source>
        <translation>o relógio deste computador está %1 adiantado em relação à API; ative a hora automática (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is %1 behind the API&apos;s; turn on automatic time (NTP)</source>
        <translation>o relógio deste computador está %1 atrasado em relação à API; ative a hora automática (NTP)</translation>
    </message>
    <message>
        <source>within %1 of the API&apos;s clock</source>
        <translation>diferença de até %1 em relação ao relógio da API</translation>
    </message>
    <message>
        <source>printing is off (KIOSK_PRINTER=off)</source>
        <translation>a impressão está desligada (KIOSK_PRINTER=off)</translation>
    </message>
    <message>
        <source>printer %1: %2</source>
        <translation>impressora %1: %2</translation>
    </message>
    <message>
        <source>printer %1 is %2</source>
        <translation>impressora %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>pronta</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimindo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>erro</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Partner id</source>
        <translation>ID do parceiro</translation>
    </message>
    <message>
        <source>a number from BetGames</source>
        <translation>um número da BetGames</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>from BetGames; never shown</source>
        <translation>da BetGames; nunca é exibida</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nome da loja</translation>
    </message>
    <message>
        <source>as registered, e.g. %1</source>
        <translation>como registrado, ex.: %1</translation>
    </message>
    <message>
        <source>POS name</source>
        <translation>Nome do PDV</translation>
    </message>
    <message>
        <source>the point of sale, e.g. %1</source>
        <translation>o ponto de venda, ex.: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>the POS user</source>
        <translation>o usuário do PDV</translation>
    </message>
    <message>
        <source>Autologin URL</source>
        <translation>URL do login automático</translation>
    </message>
    <message>
        <source>leave as it is unless BetGames says otherwise</source>
        <translation>deixe como está, a menos que a BetGames oriente outra coisa</translation>
    </message>
    <message>
        <source>Allowed hosts</source>
        <translation>Hosts permitidos</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <source>print queue name; empty = the system default; off = no printing</source>
        <translation>nome da fila de impressão; vazio = a padrão do sistema; off = sem impressão</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>Reading your mobile number…</source>
        <translation>Consultando o seu número de celular…</translation>
    </message>
    <message>
        <source>Enter your mobile number: country code and number.</source>
        <translation>Digite o seu número de celular: código do país e número.</translation>
    </message>
    <message>
        <source>That is not a mobile number. Enter the country code and the number, for example %1.</source>
        <translation>Esse não é um número de celular. Digite o código do país e o número, por exemplo %1.</translation>
    </message>
    <message>
        <source>Ask for a new code first.</source>
        <translation>Primeiro peça um novo código.</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>Digite o código do SMS.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Phone verification cancelled.</source>
        <translation>Verificação do celular cancelada.</translation>
    </message>
    <message>
        <source>Phone verification ended because nothing happened for a while.</source>
        <translation>A verificação do celular foi encerrada porque ficou um tempo sem atividade.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is verified.</source>
        <translation>O seu número de celular %1 está verificado.</translation>
    </message>
    <message>
        <source>Phone verification is not available right now. Please ask at the counter.</source>
        <translation>A verificação do celular não está disponível agora. Peça ajuda no balcão.</translation>
    </message>
    <message>
        <source>Is %1 your mobile number? We will send a code to it by SMS.</source>
        <translation>%1 é o seu número de celular? Vamos enviar um código por SMS para ele.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is saved. It does not need an SMS check.</source>
        <translation>O seu número de celular %1 foi salvo. Não é preciso verificar por SMS.</translation>
    </message>
    <message>
        <source>We sent a code by SMS to %1. Enter it here.</source>
        <translation>Enviamos um código por SMS para %1. Digite-o aqui.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>A sua sessão terminou. Entre de novo.</translation>
    </message>
    <message>
        <source>Phone verification is not available on this terminal. Please ask staff for help.</source>
        <translation>A verificação do celular não está disponível neste terminal. Peça ajuda à equipe.</translation>
    </message>
    <message>
        <source>Too many attempts: phone verification is blocked for now. Please ask staff for help.</source>
        <translation>Tentativas demais: a verificação do celular está bloqueada por enquanto. Peça ajuda à equipe.</translation>
    </message>
    <message>
        <source>Your code has expired. Ask for a new code.</source>
        <translation>O seu código expirou. Peça um novo código.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Please try again in a few minutes.</source>
        <translation>A plataforma do cassino não está respondendo. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your number was not saved; please try again.</source>
        <translation>A plataforma do cassino não está respondendo. O seu número não foi salvo; tente de novo.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. The code may not have been sent; please try again.</source>
        <translation>A plataforma do cassino não está respondendo. O código pode não ter sido enviado; tente de novo.</translation>
    </message>
    <message>
        <source>The casino platform is not answering. Your code was not checked; please enter it again.</source>
        <translation>A plataforma do cassino não está respondendo. O seu código não foi verificado; digite-o de novo.</translation>
    </message>
    <message>
        <source>Saving your mobile number…</source>
        <translation>Salvando o seu número de celular…</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>Enviando um código para %1…</translation>
    </message>
    <message>
        <source>Please wait %1, then ask for a new code.</source>
        <translation>Aguarde %1 e depois peça um novo código.</translation>
    </message>
    <message>
        <source>Please wait %1, then try again.</source>
        <translation>Aguarde %1 e tente de novo.</translation>
    </message>
    <message>
        <source>Your mobile number %1 is already verified.</source>
        <translation>O seu número de celular %1 já está verificado.</translation>
    </message>
</context>
<context>
    <name>HostWords</name>
    <message>
        <source>%1 has no closing &apos;]&apos;</source>
        <translation>%1 não tem o &apos;]&apos; de fechamento</translation>
    </message>
    <message>
        <source>%1 has something after &apos;]&apos; that is not a port</source>
        <translation>%1 tem algo depois de &apos;]&apos; que não é uma porta</translation>
    </message>
    <message>
        <source>%1 has port %2, which is not a port number (1-65535)</source>
        <translation>%1 tem a porta %2, que não é um número de porta (1-65535)</translation>
    </message>
    <message>
        <source>%1 is not a host name: write the host alone, without scheme or path (e.g. &apos;webshop.betgames.tv&apos; or &apos;*.betgames.tv&apos;)</source>
        <translation>%1 não é um nome de host: escreva só o host, sem esquema nem caminho (ex.: &apos;webshop.betgames.tv&apos; ou &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1 would allow every host on the internet; list the webshop&apos;s own hosts or domains (e.g. &apos;*.betgames.tv&apos;)</source>
        <translation>%1 permitiria qualquer host da internet; liste os hosts ou domínios do próprio site de apostas (ex.: &apos;*.betgames.tv&apos;)</translation>
    </message>
    <message>
        <source>%1: write a whole domain as &apos;%2&apos; (a leading dot alone is not used here)</source>
        <translation>%1: escreva um domínio inteiro como &apos;%2&apos; (aqui não se usa só um ponto no início)</translation>
    </message>
    <message>
        <source>%1: a &apos;*&apos; may only stand as the first label, as in &apos;*.betgames.tv&apos; (the domain and every name under it)</source>
        <translation>%1: o &apos;*&apos; só pode ser o primeiro rótulo, como em &apos;*.betgames.tv&apos; (o domínio e todos os nomes dentro dele)</translation>
    </message>
    <message>
        <source>an entry is empty</source>
        <translation>há uma entrada vazia</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (letters, digits, &apos;-&apos; and &apos;.&apos;; no scheme, path or spaces)</source>
        <translation>%1 não é um nome de host nem um endereço (letras, dígitos, &apos;-&apos; e &apos;.&apos;; sem esquema, caminho ou espaços)</translation>
    </message>
    <message>
        <source>%1: an IP address has no names under it; write it without &apos;*.&apos;</source>
        <translation>%1: um endereço IP não tem nomes dentro dele; escreva sem &apos;*.&apos;</translation>
    </message>
    <message>
        <source>%1 names a public suffix (%2), under which anyone can register a name; write the webshop&apos;s own domain, e.g. &apos;%3&apos;</source>
        <translation>%1 indica um sufixo público (%2), onde qualquer um pode registrar um nome; escreva o domínio do próprio site de apostas, ex.: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 is a frame-only host (KIOSK_FRAME_HOSTS entry &apos;%2&apos;): it may load only inside the webshop&apos;s frames, never as the page</source>
        <translation>%1 é um host só para frames (entrada de KIOSK_FRAME_HOSTS &apos;%2&apos;): só pode carregar dentro dos frames do site de apostas, nunca como a página</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port only, not on port %2</source>
        <translation>%1 só é permitido na porta padrão, não na porta %2</translation>
    </message>
    <message>
        <source>%1 is allowed on the default port and port %2 only, not on port %3</source>
        <translation>%1 só é permitido na porta padrão e na porta %2, não na porta %3</translation>
    </message>
    <message>
        <source>%1 is allowed on port %2 only, not on port %3</source>
        <translation>%1 só é permitido na porta %2, não na porta %3</translation>
    </message>
    <message>
        <source>%1 is not listed, but &apos;%2&apos; is: did you mean &apos;%3&apos;?</source>
        <translation>%1 não está na lista, mas &apos;%2&apos; está: você quis dizer &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 cannot be resolved; check the spelling in %2 and the PC&apos;s DNS</source>
        <translation>não é possível resolver %1; verifique a grafia em %2 e o DNS do computador</translation>
    </message>
    <message>
        <source>frame-only (inside the webshop&apos;s frames, https): %1</source>
        <translation>só em frames (dentro dos frames do site de apostas, https): %1</translation>
    </message>
    <message>
        <source>%1 resolves</source>
        <translation>%1 é resolvido</translation>
    </message>
    <message>
        <source>%1 resolve</source>
        <translation>%1 são resolvidos</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it</source>
        <translation>%1 é um domínio: %2 e todos os nomes dentro dele</translation>
    </message>
    <message>
        <source>%1 is a domain: %2 and every name under it, on port %3</source>
        <translation>%1 é um domínio: %2 e todos os nomes dentro dele, na porta %3</translation>
    </message>
</context>
<context>
    <name>KeyboardWords</name>
    <message>
        <source>space</source>
        <translation>espaço</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
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
        <translation>um link de login inválido (%1) redireciona mais de %2 vezes; confirme o endereço do site de apostas com a BetGames</translation>
    </message>
    <message>
        <source>the webshop could not be asked where an invalid login link goes (%1); check the shop&apos;s internet access</source>
        <translation>não foi possível perguntar ao site de apostas para onde vai um link de login inválido (%1); verifique o acesso à internet da loja</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1, which %2 recognises as the login page</source>
        <translation>um link de login inválido leva a %1, que %2 reconhece como a página de login</translation>
    </message>
    <message>
        <source>the webshop answered an invalid login link with HTTP %1 at %2 instead of sending it to a login page, so %3 cannot be checked; make sure KIOSK_ALLOWED_HOSTS names the webshop&apos;s own host</source>
        <translation>o site de apostas respondeu a um link de login inválido com HTTP %1 em %2 em vez de mandá-lo para uma página de login, então %3 não pode ser verificado; confira se KIOSK_ALLOWED_HOSTS inclui o host do próprio site de apostas</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready; that host is not in KIOSK_ALLOWED_HOSTS either</source>
        <translation>um link de login inválido leva a %1 (HTTP %2), que %3 (%4) não reconhece: um quiosque enviado para lá mostraria essa página de login e a consideraria pronta; esse host também não está em KIOSK_ALLOWED_HOSTS</translation>
    </message>
    <message>
        <source>an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk sent there would show that login page and call it ready</source>
        <translation>um link de login inválido leva a %1 (HTTP %2), que %3 (%4) não reconhece: um quiosque enviado para lá mostraria essa página de login e a consideraria pronta</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Defina %1 como %2</translation>
    </message>
    <message>
        <source>The webshop&apos;s login page has no address of its own to match; ask BetGames which URL it uses</source>
        <translation>A página de login do site de apostas não tem um endereço próprio para reconhecer; pergunte à BetGames qual URL ela usa</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message>
        <source>Install the betshop-kiosk-system package on Debian 13 or newer: it runs on the distribution&apos;s QtWebEngine, which plays them (see docs/it/video.md).</source>
        <translation>Instale o pacote betshop-kiosk-system no Debian 13 ou mais recente: ele usa o QtWebEngine da distribuição, que reproduz esses codecs (veja docs/it/video.md).</translation>
    </message>
    <message>
        <source>Install a kiosk build whose QtWebEngine was built with proprietary codecs (installer/windows/build-qtwebengine-codecs.ps1; see docs/it/video.md).</source>
        <translation>Instale uma versão do quiosque cujo QtWebEngine foi compilado com codecs proprietários (installer/windows/build-qtwebengine-codecs.ps1; veja docs/it/video.md).</translation>
    </message>
    <message>
        <source>Use a QtWebEngine built with proprietary codecs (see docs/it/video.md).</source>
        <translation>Use um QtWebEngine compilado com codecs proprietários (veja docs/it/video.md).</translation>
    </message>
    <message>
        <source>The webshop&apos;s live streams (%1) stay black. %2</source>
        <translation>As transmissões ao vivo do site de apostas (%1) ficam pretas. %2</translation>
    </message>
    <message>
        <source>The web engine&apos;s video support has not been probed yet.</source>
        <translation>O suporte a vídeo do motor web ainda não foi verificado.</translation>
    </message>
    <message>
        <source>The web engine plays H.264 and AAC, the codecs of the webshop&apos;s live streams.</source>
        <translation>O motor web reproduz H.264 e AAC, os codecs das transmissões ao vivo do site de apostas.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>This kiosk&apos;s web engine cannot play %1, the codecs of the webshop&apos;s live streams: they stay black. %2</source>
        <translation>O motor web deste quiosque não reproduz %1, os codecs das transmissões ao vivo do site de apostas: elas ficam pretas. %2</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <source>plays %1; cannot play %2</source>
        <translation>reproduz %1; não reproduz %2</translation>
    </message>
    <message>
        <source>plays %1</source>
        <translation>reproduz %1</translation>
    </message>
    <message>
        <source>cannot play %1</source>
        <translation>não reproduz %1</translation>
    </message>
</context>
<context>
    <name>NavigationWords</name>
    <message>
        <source>a login form is on screen at %1, but KIOSK_LOGIN_URL_PATTERN does not match that URL, so the kiosk cannot tell it is logged out there; run `kiosk doctor` (login page) and correct the pattern</source>
        <translation>há um formulário de login na tela em %1, mas KIOSK_LOGIN_URL_PATTERN não reconhece essa URL, então o quiosque não sabe que saiu da sessão ali; execute `kiosk doctor` (página de login) e corrija o padrão</translation>
    </message>
</context>
<context>
    <name>PanelWords</name>
    <message>
        <source>Verify your mobile number</source>
        <translation>Verifique o seu celular</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Número do celular</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Aguarde…</translation>
    </message>
    <message>
        <source>Yes, send me the code</source>
        <translation>Sim, envie o código</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código do país</translation>
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
        <translation>Enviar novo código</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Use another number</source>
        <translation>Usar outro número</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Send me the code</source>
        <translation>Enviar o código</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Verificar o código</translation>
    </message>
    <message>
        <source>You can ask for a new code in %1.</source>
        <translation>Você pode pedir um novo código em %1.</translation>
    </message>
    <message>
        <source>No SMS? You can ask for a new code now.</source>
        <translation>Não recebeu o SMS? Já pode pedir um novo código.</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <translation>Peça um novo código.</translation>
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
        <translation>Digite o novo PIN</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Digite o mesmo PIN de novo</translation>
    </message>
    <message>
        <source>the PIN must be %1</source>
        <translation>o PIN deve ter %1</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>os dois PINs não são iguais</translation>
    </message>
    <message>
        <source>No technician PIN is set on this kiosk.</source>
        <translation>Este quiosque não tem PIN de técnico.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>PINs errados demais. Tente de novo em %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The PIN pad is locked for %1.</source>
        <translation>PINs errados demais. O teclado do PIN fica bloqueado por %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>PIN errado. Tentativas restantes: %1.</translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>The slip took longer than 15 seconds to lay out.</source>
        <translation>O bilhete levou mais de 15 segundos para ser preparado.</translation>
    </message>
    <message>
        <source>The slip&apos;s page is larger than 2 MB.</source>
        <translation>A página do bilhete tem mais de 2 MB.</translation>
    </message>
    <message>
        <source>The slip&apos;s page could not be laid out.</source>
        <translation>Não foi possível preparar a página do bilhete.</translation>
    </message>
    <message>
        <source>The slip&apos;s length could not be measured.</source>
        <translation>Não foi possível medir o comprimento do bilhete.</translation>
    </message>
    <message>
        <source>The slip could not be turned into a PDF.</source>
        <translation>Não foi possível transformar o bilhete em PDF.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper</source>
        <translation>A impressora de bilhetes está sem papel</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open</source>
        <translation>A tampa da impressora de bilhetes está aberta</translation>
    </message>
    <message>
        <source>The receipt printer is not answering (switched off or not connected)</source>
        <translation>A impressora de bilhetes não responde (desligada ou desconectada)</translation>
    </message>
    <message>
        <source>Paper is jammed in the receipt printer</source>
        <translation>O papel enroscou na impressora de bilhetes</translation>
    </message>
    <message>
        <source>The receipt printer is offline (switched off or not connected)</source>
        <translation>A impressora de bilhetes está offline (desligada ou desconectada)</translation>
    </message>
    <message>
        <source>The receipt printer is switched off</source>
        <translation>A impressora de bilhetes está desligada</translation>
    </message>
    <message>
        <source>The CUPS tools are not installed (%1 missing); install cups-client</source>
        <translation>As ferramentas do CUPS não estão instaladas (falta %1); instale o cups-client</translation>
    </message>
    <message>
        <source>The print service (CUPS) did not answer within %1; check that cupsd runs</source>
        <translation>O serviço de impressão (CUPS) não respondeu em %1; verifique se o cupsd está rodando</translation>
    </message>
    <message>
        <source>The print service cannot be reached (%1)</source>
        <translation>Não é possível acessar o serviço de impressão (%1)</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER and the printer&apos;s name in CUPS (lpstat -p)</source>
        <translation>Não existe impressora chamada &apos;%1&apos;; verifique KIOSK_PRINTER e o nome da impressora no CUPS (lpstat -p)</translation>
    </message>
    <message>
        <source>The print service (CUPS) is not running; start cupsd</source>
        <translation>O serviço de impressão (CUPS) não está rodando; inicie o cupsd</translation>
    </message>
    <message>
        <source>The printer &apos;%1&apos; does not accept jobs; a technician can run cupsaccept %1</source>
        <translation>A impressora &apos;%1&apos; não aceita trabalhos; um técnico pode executar cupsaccept %1</translation>
    </message>
    <message>
        <source>CUPS refused the slip for &apos;%1&apos;: %2</source>
        <translation>O CUPS recusou o bilhete para &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s CUPS queue, or a system default printer (lpadmin -d NAME)</source>
        <translation>Nenhuma impressora definida: defina KIOSK_PRINTER como a fila CUPS da impressora de bilhetes ou defina uma impressora padrão do sistema (lpadmin -d NOME)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped (%2)</source>
        <translation>A fila da impressora de bilhetes &apos;%1&apos; está parada (%2)</translation>
    </message>
    <message>
        <source>The receipt printer queue &apos;%1&apos; is stopped</source>
        <translation>A fila da impressora de bilhetes &apos;%1&apos; está parada</translation>
    </message>
    <message>
        <source>The receipt printer reports a fault (%1)</source>
        <translation>A impressora de bilhetes informa um defeito (%1)</translation>
    </message>
    <message>
        <source>A slip has waited %1 in the printer queue</source>
        <translation>Um bilhete está esperando há %1 na fila da impressora</translation>
    </message>
    <message>
        <source>%1; the last slip was not printed. It waits in the queue and prints when the printer is ready: do not print it again.</source>
        <translation>%1; o último bilhete não foi impresso. Ele espera na fila e sai quando a impressora estiver pronta: não imprima de novo.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n slip(s) were not printed. They wait in the queue and print when the printer is ready: do not print them again.</source>
        <translation>
            <numerusform>%1; %n bilhete não foi impresso. Ele espera na fila e sai quando a impressora estiver pronta: não imprima de novo.</numerusform>
            <numerusform>%1; %n bilhetes não foram impressos. Eles esperam na fila e saem quando a impressora estiver pronta: não imprima de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the last slip was not printed.</source>
        <translation>%1; o último bilhete não foi impresso.</translation>
    </message>
    <message>
        <source>%1. Check it before the next slip.</source>
        <translation>%1. Verifique antes do próximo bilhete.</translation>
    </message>
    <message>
        <source>The last slip was not printed: %1</source>
        <translation>O último bilhete não foi impresso: %1</translation>
    </message>
    <message>
        <source>The page asked to print more than %1 slips at once; the rest were not printed.</source>
        <translation>A página pediu para imprimir mais de %1 bilhetes de uma vez; o restante não foi impresso.</translation>
    </message>
    <message>
        <source>The page that asked to print was gone before it could be copied.</source>
        <translation>A página que pediu a impressão sumiu antes de poder ser copiada.</translation>
    </message>
    <message>
        <source>The print system failed unexpectedly; see the kiosk log.</source>
        <translation>O sistema de impressão falhou inesperadamente; veja o log do quiosque.</translation>
    </message>
    <message>
        <source>The printer&apos;s state could not be read; see the kiosk log</source>
        <translation>Não foi possível ler o estado da impressora; veja o log do quiosque</translation>
    </message>
    <message>
        <source>The slip&apos;s PDF could not be read for printing</source>
        <translation>Não foi possível ler o PDF do bilhete para imprimir</translation>
    </message>
    <message>
        <source>No printer is set: set KIOSK_PRINTER to the receipt printer&apos;s name, or a Windows default printer</source>
        <translation>Nenhuma impressora definida: defina KIOSK_PRINTER como o nome da impressora de bilhetes ou defina uma impressora padrão do Windows</translation>
    </message>
    <message>
        <source>The receipt printer reports an error (paper, cover or connection)</source>
        <translation>A impressora de bilhetes informa um erro (papel, tampa ou conexão)</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s queue is paused</source>
        <translation>A fila da impressora de bilhetes está pausada</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; check KIOSK_PRINTER against Settings &gt; Printers</source>
        <translation>Não existe impressora chamada &apos;%1&apos;; compare KIOSK_PRINTER com Configurações &gt; Impressoras</translation>
    </message>
</context>
<context>
    <name>ScreenWords</name>
    <message>
        <source>Try again now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Tentando de novo…</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Tentando novamente…</translation>
    </message>
    <message>
        <source>Trying again in %1</source>
        <translation>Nova tentativa em %1</translation>
    </message>
    <message>
        <source>Try again in %1</source>
        <translation>Tentar em %1</translation>
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
        <translation>A página do site de apostas não carregou por completo.</translation>
    </message>
    <message>
        <source>The webshop page left for a blank page %1 times in a row, even with fresh login links. Check the webshop (or a proxy in front of it) with BetGames; the kiosk keeps trying.</source>
        <translation>A página do site de apostas foi para uma página em branco %1 vezes seguidas, mesmo com links de login novos. Verifique o site de apostas (ou o proxy na frente dele) com a BetGames; o quiosque continua tentando.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to plain http at %1; the kiosk opens only https outside this PC. Check KIOSK_AUTH_URL and any proxy that rewrites https to http.</source>
        <translation>O link de login do site de apostas redirecionou o quiosque para http simples em %1; fora deste computador o quiosque só abre https. Verifique KIOSK_AUTH_URL e qualquer proxy que troque https por http.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to %1, which is not in KIOSK_ALLOWED_HOSTS; add it there if it is genuine.</source>
        <translation>O link de login do site de apostas redirecionou o quiosque para %1, que não está em KIOSK_ALLOWED_HOSTS; adicione-o lá se for legítimo.</translation>
    </message>
    <message>
        <source>The webshop&apos;s login link redirected the kiosk to an address it may not open (%1). Check KIOSK_AUTH_URL and KIOSK_ALLOWED_HOSTS.</source>
        <translation>O link de login do site de apostas redirecionou o quiosque para um endereço que ele não pode abrir (%1). Verifique KIOSK_AUTH_URL e KIOSK_ALLOWED_HOSTS.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 Check the PC&apos;s date and time; behind a company proxy, install its certificate in the system store.</source>
        <translation>A conexão segura com %1 foi recusada: %2 Verifique a data e a hora do computador; atrás de um proxy corporativo, instale o certificado dele no repositório do sistema.</translation>
    </message>
    <message>
        <source>The webshop sent the kiosk to its login page %1 times in a row, even with fresh login links. Check that the POS user is active in the BetGames back office and that the shop, POS and user names are right.</source>
        <translation>O site de apostas mandou o quiosque para a página de login %1 vezes seguidas, mesmo com links novos. Verifique se o usuário do PDV está ativo no back office da BetGames e se os nomes da loja, do PDV e do usuário estão certos.</translation>
    </message>
    <message>
        <source>The web page process ended %1 times within %2; exiting so the kiosk is restarted cleanly.</source>
        <translation>O processo da página web terminou %1 vezes em %2; o quiosque vai fechar para reiniciar do zero.</translation>
    </message>
    <message>
        <source>The webshop page did not arrive within %1.</source>
        <translation>A página do site de apostas não chegou em %1.</translation>
    </message>
    <message>
        <source>Signing in to the webshop…</source>
        <translation>Entrando no site de apostas…</translation>
    </message>
    <message>
        <source>The webshop cannot be reached right now</source>
        <translation>O site de apostas está fora do ar no momento</translation>
    </message>
    <message>
        <source>The kiosk needs a technician</source>
        <translation>O quiosque precisa de um técnico</translation>
    </message>
    <message>
        <source>The webshop page could not be loaded (%1).</source>
        <translation>Não foi possível carregar a página do site de apostas (%1).</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Field required</source>
        <translation>Campo obrigatório</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Deve ser um número inteiro; não foi possível ler este texto como número</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Deve ser um número inteiro, mas tem casas decimais</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Deve ser um número inteiro</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Deve ser um número; não foi possível ler este texto como número</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Deve ser um número</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Deve ser true ou false; não foi possível interpretar o valor</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Deve ser true ou false</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Deve ser um texto</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Deve ser uma lista</translation>
    </message>
    <message>
        <source>Input should be greater than %1</source>
        <translation>Deve ser maior que %1</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to %1</source>
        <translation>Deve ser maior ou igual a %1</translation>
    </message>
    <message>
        <source>Input should be less than %1</source>
        <translation>Deve ser menor que %1</translation>
    </message>
    <message>
        <source>Input should be less than or equal to %1</source>
        <translation>Deve ser menor ou igual a %1</translation>
    </message>
    <message>
        <source>%1: %2, got %3 (%4)</source>
        <translation>%1: %2, recebido %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the autologin endpoint</source>
        <translation>deve ser a URL http(s) completa do serviço de login automático</translation>
    </message>
    <message>
        <source>must be a full http(s) URL of the player-data gateway</source>
        <translation>deve ser a URL http(s) completa do gateway de dados de jogadores</translation>
    </message>
    <message>
        <source>must be a single path segment such as &apos;v1&apos;</source>
        <translation>deve ser um único segmento de caminho, como &apos;v1&apos;</translation>
    </message>
    <message>
        <source>must list at least one host, e.g. %1</source>
        <translation>deve listar pelo menos um host, ex.: %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1)</source>
        <translation>não é uma expressão regular válida (%1)</translation>
    </message>
    <message>
        <source>matches the autologin link itself, so every login would loop</source>
        <translation>reconhece o próprio link de login automático, então todo login entraria em loop</translation>
    </message>
    <message>
        <source>must be a local time like &quot;04:00&quot;, or empty to turn it off</source>
        <translation>deve ser um horário local como &quot;04:00&quot;, ou vazio para desligar</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 não é nenhum destes: %2</translation>
    </message>
    <message>
        <source>must be modifiers and one key, like &quot;Ctrl+Alt+Shift+T&quot;</source>
        <translation>deve ser modificadores e uma tecla, como &quot;Ctrl+Alt+Shift+T&quot;</translation>
    </message>
    <message>
        <source>%1 is not a key name the kiosk knows: use a letter, a digit, F1-F35 or one of %2</source>
        <translation>%1 não é um nome de tecla que o quiosque conheça: use uma letra, um dígito, F1-F35 ou um destes: %2</translation>
    </message>
    <message>
        <source>needs Ctrl, Alt or Meta (Shift alone would take a letter from the webshop)</source>
        <translation>precisa de Ctrl, Alt ou Meta (só Shift tiraria uma letra do site de apostas)</translation>
    </message>
    <message>
        <source>is not a PIN hash; write it with `kiosk set-pin`, never the PIN itself</source>
        <translation>não é um hash de PIN; grave-o com `kiosk set-pin`, nunca o próprio PIN</translation>
    </message>
    <message>
        <source>must be auto, on or off</source>
        <translation>deve ser auto, on ou off</translation>
    </message>
    <message>
        <source>%1 is not a keyboard layout; use %2</source>
        <translation>%1 não é um layout de teclado; use %2</translation>
    </message>
    <message>
        <source>names a layout twice</source>
        <translation>repete um layout</translation>
    </message>
    <message>
        <source>%1 is not a language the kiosk speaks; use one of %2, or leave it empty for the system&apos;s</source>
        <translation>%1 não é um idioma que o quiosque fale; use um destes: %2, ou deixe vazio para usar o do sistema</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um destes: %1</translation>
    </message>
    <message>
        <source>leaves less than 20 mm to print on paper %1 mm wide; use at most %2 mm</source>
        <translation>deixa menos de 20 mm para imprimir em papel de %1 mm de largura; use no máximo %2 mm</translation>
    </message>
    <message>
        <source>%1 cannot be a printer name (it starts with &apos;-&apos;)</source>
        <translation>%1 não pode ser um nome de impressora (começa com &apos;-&apos;)</translation>
    </message>
    <message>
        <source>must be a printer name of at most 127 characters, empty for the system default, or off</source>
        <translation>deve ser um nome de impressora com até 127 caracteres, vazio para a padrão do sistema, ou off</translation>
    </message>
    <message>
        <source>%1 cannot be a CUPS queue name (no spaces, &apos;/&apos;, &apos;#&apos; or &apos;\&apos;); list the queues with lpstat -p</source>
        <translation>%1 não pode ser um nome de fila do CUPS (sem espaços, &apos;/&apos;, &apos;#&apos; ou &apos;\&apos;); liste as filas com lpstat -p</translation>
    </message>
    <message>
        <source>must use https (plain http is accepted only for a loopback sandbox)</source>
        <translation>deve usar https (http simples só é aceito para um sandbox local)</translation>
    </message>
    <message>
        <source>the config file %1 does not exist (given with --config)</source>
        <translation>o arquivo de configuração %1 não existe (informado com --config)</translation>
    </message>
    <message>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 não é um TOML válido: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2: %3</source>
        <translation>não é possível ler %1: %2: %3</translation>
    </message>
    <message>
        <source>from environment variable %1</source>
        <translation>da variável de ambiente %1</translation>
    </message>
    <message>
        <source>from %1, key &apos;%2&apos;</source>
        <translation>de %1, chave &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not set: set environment variable %1 or key &apos;%2&apos; in %3</source>
        <translation>não definido: defina a variável de ambiente %1 ou a chave &apos;%2&apos; em %3</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a setting the kiosk knows (check the spelling; keys are lower case)</source>
        <translation>&apos;%1&apos; em %2 não é uma configuração que o quiosque conheça (verifique a grafia; as chaves são em minúsculas)</translation>
    </message>
    <message>
        <source>%1 (a JSON list, e.g. %2)</source>
        <translation>%1 (uma lista JSON, ex.: %2)</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <source>This terminal is not set up yet</source>
        <translation>Este terminal ainda não foi configurado</translation>
    </message>
    <message>
        <source>The webshop starts once a technician has entered its settings. What is missing or wrong:</source>
        <translation>O site de apostas abre depois que um técnico informar as configurações. O que está faltando ou errado:</translation>
    </message>
    <message>
        <source>Set up this terminal</source>
        <translation>Configurar este terminal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Settings are locked</source>
        <translation>As configurações estão bloqueadas</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>PIN do técnico</translation>
    </message>
    <message>
        <source>Choose a technician PIN (%1)</source>
        <translation>Escolha um PIN de técnico (%1)</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Digite o PIN</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>Configurações do terminal</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>held by the broker</source>
        <translation>guardada pelo intermediário</translation>
    </message>
    <message>
        <source>set; type here to replace it</source>
        <translation>definida; digite aqui para trocar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>set by the environment (wins over this file)</source>
        <translation>definido pelo ambiente (tem prioridade sobre este arquivo)</translation>
    </message>
    <message>
        <source>saved to %1 and the broker</source>
        <translation>salvo em %1 e no intermediário</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>salvo em %1</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation>Corrija os campos marcados em vermelho; nada foi salvo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>the test failed unexpectedly (%1)</source>
        <translation>o teste falhou inesperadamente (%1)</translation>
    </message>
    <message>
        <source>Connection works (save first to test new values): %1</source>
        <translation>A conexão funciona (salve primeiro para testar os novos valores): %1</translation>
    </message>
    <message>
        <source>Connection failed (save first to test new values): %1</source>
        <translation>A conexão falhou (salve primeiro para testar os novos valores): %1</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>A conexão funciona: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>A conexão falhou: %1</translation>
    </message>
    <message>
        <source>Handing the settings to the broker…</source>
        <translation>Entregando as configurações ao intermediário…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Nothing was saved: the save failed unexpectedly (%1).</source>
        <translation>Nada foi salvo: o salvamento falhou inesperadamente (%1).</translation>
    </message>
    <message>
        <source>The technician PIN (%1) is not a PIN hash, so settings cannot be opened here. In a shell, run `kiosk set-pin` (or remove that setting), then restart the kiosk.</source>
        <translation>O PIN do técnico (%1) não é um hash de PIN, então as configurações não podem ser abertas aqui. Num terminal, execute `kiosk set-pin` (ou remova essa configuração) e reinicie o quiosque.</translation>
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
        <translation>pedindo um link de login</translation>
    </message>
    <message>
        <source>loading the webshop</source>
        <translation>carregando o site de apostas</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>printer</comment>
        <translation>pronta</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>imprimindo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>printer</comment>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>error</source>
        <comment>printer</comment>
        <translation>erro</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligada</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ainda desconhecido</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Digite o PIN</translation>
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
        <translation>Menu do técnico</translation>
    </message>
    <message>
        <source>Reload the page</source>
        <translation>Recarregar a página</translation>
    </message>
    <message>
        <source>New login link</source>
        <translation>Novo link de login</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informações</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimir página de teste</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Reiniciar o quiosque</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Sair para a área de trabalho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Locked for %1.</source>
        <translation>Bloqueado por %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Casa de apostas</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Ponto de venda</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Endereços IP</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Funcionamento limitado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
        <translation>Impressora</translation>
    </message>
    <message>
        <source>%1: %2 (%3 printed, %4 failed, %5 waiting)</source>
        <translation>%1: %2 (%3 impressos, %4 com falha, %5 aguardando)</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>Erro da impressora</translation>
    </message>
</context>
<context>
    <name>TestPageWords</name>
    <message>
        <source>%1 mm wide, margins %2 mm</source>
        <translation>%1 mm de largura, margens de %2 mm</translation>
    </message>
    <message>
        <source>Kiosk printer test page</source>
        <translation>Página de teste da impressora do quiosque</translation>
    </message>
    <message>
        <source>PRINTER TEST PAGE</source>
        <translation>PÁGINA DE TESTE DA IMPRESSORA</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Betshop</source>
        <translation>Casa de apostas</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Ponto de venda</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Impresso em</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosque</translation>
    </message>
    <message>
        <source>The ruler should span the paper from edge to edge.</source>
        <translation>A régua deve ir de uma borda à outra do papel.</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(padrão do sistema)</translation>
    </message>
</context>
<context>
    <name>UpdateWords</name>
    <message>
        <source>not installed from a package here: no automatic updates</source>
        <translation>aqui não foi instalado de um pacote: sem atualizações automáticas</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the %2 fresh start</source>
        <translation>%1 está instalada; o quiosque reinicia com ela no reinício diário das %2</translation>
    </message>
    <message>
        <source>%1 is installed; the kiosk restarts into it at the next restart</source>
        <translation>%1 está instalada; o quiosque reinicia com ela no próximo reinício</translation>
    </message>
    <message>
        <source>none pending (%1 is installed)</source>
        <translation>nenhuma pendente (%1 está instalada)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <source>Last update check</source>
        <translation>Última verificação de atualizações</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falhou: %2</translation>
    </message>
    <message>
        <source>never (see KIOSK_UPDATE_WINDOW and the repository in kiosk doctor)</source>
        <translation>nunca (veja KIOSK_UPDATE_WINDOW e o repositório no kiosk doctor)</translation>
    </message>
    <message>
        <source>this kiosk does not run from an installed package: no automatic updates</source>
        <translation>este quiosque não roda a partir de um pacote instalado: sem atualizações automáticas</translation>
    </message>
    <message>
        <source>no repository (%1 is missing; see docs/it/updates.md)</source>
        <translation>sem repositório (falta %1; veja docs/it/updates.md)</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>repositório %1</translation>
    </message>
    <message>
        <source>automatic updates off (KIOSK_UPDATE_WINDOW is empty)</source>
        <translation>atualizações automáticas desligadas (KIOSK_UPDATE_WINDOW está vazio)</translation>
    </message>
    <message>
        <source>window %1, but no daily fresh start: an update waits for a restart</source>
        <translation>janela %1, mas sem reinício diário: uma atualização espera um reinício</translation>
    </message>
    <message>
        <source>window %1 does not close before the %2 fresh start</source>
        <translation>a janela %1 não fecha antes do reinício das %2</translation>
    </message>
    <message>
        <source>window %1, fresh start %2</source>
        <translation>janela %1, reinício %2</translation>
    </message>
    <message>
        <source>never checked yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <source>last check %1: %2</source>
        <translation>última verificação %1: %2</translation>
    </message>
    <message>
        <source>last check %1: FAILED: %2</source>
        <translation>última verificação %1: FALHOU: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>%n rollback(s), the last: %1; held %2 (`kiosk update --unhold VERSION`)</source>
        <translation>
            <numerusform>%n reversão, a última: %1; retidas %2 (`kiosk update --unhold VERSION`)</numerusform>
            <numerusform>%n reversões, a última: %1; retidas %2 (`kiosk update --unhold VERSION`)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on trial: rolled back if it does not reach ready in time</source>
        <translation>%1 está em teste: será revertida se não ficar pronta a tempo</translation>
    </message>
    <message>
        <source>%1 is installed; this kiosk (%2) restarts into it at its fresh start</source>
        <translation>%1 está instalada; este quiosque (%2) reinicia com ela no seu reinício</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>Reversões</translation>
    </message>
    <message>
        <source>%1; last %2: %3; back to %4. Held: %5</source>
        <translation>%1; a última %2: %3; volta para %4. Retidas: %5</translation>
    </message>
</context>
<context>
    <name>WebshopWords</name>
    <message>
        <source>The autologin service at %1 did not answer with JSON (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>O serviço de login automático em %1 não respondeu com JSON (página de proxy ou de portal cativo?); verifique o acesso à internet da loja.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered without a login link; it will be tried again.</source>
        <translation>O serviço de login automático em %1 respondeu sem link de login; vamos tentar de novo.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP %2) and asked to be tried again in %3.</source>
        <translation>O serviço de login automático em %1 está ocupado (HTTP %2) e pediu uma nova tentativa em %3.</translation>
    </message>
    <message>
        <source>The autologin service at %1 is busy (HTTP 429); it will be tried again.</source>
        <translation>O serviço de login automático em %1 está ocupado (HTTP 429); vamos tentar de novo.</translation>
    </message>
    <message>
        <source>The autologin service at %1 has a problem (HTTP %2); it will be tried again.</source>
        <translation>O serviço de login automático em %1 está com problema (HTTP %2); vamos tentar de novo.</translation>
    </message>
    <message>
        <source>The webshop rejected the autologin request: %1. Check the partner id and secret key, and the shop, POS and user names in the kiosk configuration.</source>
        <translation>O site de apostas recusou o login automático: %1. Verifique na configuração do quiosque o ID do parceiro, a chave secreta e os nomes da loja, do PDV e do usuário.</translation>
    </message>
    <message>
        <source>The autologin service at %1 answered HTTP %2; check KIOSK_AUTH_URL and any proxy between the shop and the internet.</source>
        <translation>O serviço de login automático em %1 respondeu HTTP %2; verifique KIOSK_AUTH_URL e qualquer proxy entre a loja e a internet.</translation>
    </message>
    <message>
        <source>The autologin service at %1 took longer than %2 to answer (a slow proxy or captive portal?); check the shop&apos;s internet connection.</source>
        <translation>O serviço de login automático em %1 levou mais de %2 para responder (proxy lento ou portal cativo?); verifique a conexão de internet da loja.</translation>
    </message>
    <message>
        <source>The autologin service at %1 sent an answer larger than %2 KiB (a proxy or captive portal page?); check the shop&apos;s internet access.</source>
        <translation>O serviço de login automático em %1 mandou uma resposta maior que %2 KiB (página de proxy ou de portal cativo?); verifique o acesso à internet da loja.</translation>
    </message>
    <message>
        <source>The autologin service at %1 did not answer in time; check the shop&apos;s internet connection.</source>
        <translation>O serviço de login automático em %1 não respondeu a tempo; verifique a conexão de internet da loja.</translation>
    </message>
    <message>
        <source>The autologin request to %1 failed (%2); check the shop&apos;s internet connection and proxy.</source>
        <translation>A solicitação de login automático para %1 falhou (%2); verifique a conexão de internet da loja e o proxy.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a login link that is not https (%1); the kiosk will not open it. Check the broker&apos;s auth_url.</source>
        <translation>O intermediário do quiosque enviou um link de login que não é https (%1); o quiosque não vai abri-lo. Verifique o auth_url do intermediário.</translation>
    </message>
    <message>
        <source>The webshop sent a login link that is not https (%1); the kiosk will not open it. Check KIOSK_AUTH_URL points at the real BetGames service.</source>
        <translation>O site de apostas mandou um link de login que não é https (%1); o quiosque não vai abri-lo. Verifique se KIOSK_AUTH_URL aponta para o serviço real da BetGames.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2): %3.</source>
        <translation>O site de apostas mandou um link de login para %1, que não está em KIOSK_ALLOWED_HOSTS (%2): %3.</translation>
    </message>
    <message>
        <source>The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS (%2); add it there if it is genuine.</source>
        <translation>O site de apostas mandou um link de login para %1, que não está em KIOSK_ALLOWED_HOSTS (%2); adicione-o lá se for legítimo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate problem); check the PC&apos;s date and time and, behind a company proxy, that its certificate is installed in the system store.</source>
        <translation>A conexão segura com %1 falhou (problema de certificado); verifique a data e a hora do computador e, atrás de um proxy corporativo, se o certificado dele está instalado no repositório do sistema.</translation>
    </message>
    <message>
        <source>The address %1 cannot be found (DNS); check the shop&apos;s internet connection.</source>
        <translation>O endereço %1 não foi encontrado (DNS); verifique a conexão de internet da loja.</translation>
    </message>
    <message>
        <source>The autologin service at %1 cannot be reached; check the shop&apos;s internet connection.</source>
        <translation>Não é possível acessar o serviço de login automático em %1; verifique a conexão de internet da loja.</translation>
    </message>
    <message>
        <source>The autologin request failed unexpectedly; it will be tried again.</source>
        <translation>A solicitação de login automático falhou inesperadamente; vamos tentar de novo.</translation>
    </message>
    <message>
        <source>The kiosk cannot get a login link: %1.</source>
        <translation>O quiosque não consegue obter um link de login: %1.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker at %1 did not answer properly (%2); it will be tried again.</source>
        <translation>O intermediário do quiosque em %1 não respondeu corretamente (%2); vamos tentar de novo.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent an answer without a login link; it will be tried again.</source>
        <translation>O intermediário do quiosque respondeu sem link de login; vamos tentar de novo.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s broker sent a failure without a reason; it will be tried again.</source>
        <translation>O intermediário do quiosque informou uma falha sem motivo; vamos tentar de novo.</translation>
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
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
</context>
</TS>
