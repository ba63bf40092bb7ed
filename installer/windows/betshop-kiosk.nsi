; NSIS installer of the betshop kiosk for Windows (10/11, 64-bit).
;
;   makensis /DVERSION=0.1.0 installer\windows\betshop-kiosk.nsi
;
; from the repository root, after the PyInstaller build (dist\betshop-kiosk), writes
; dist\betshop-kiosk-setup-VERSION.exe. Other defines: BUNDLE_DIR, OUTFILE, and FAST (no
; compression: for CI's compile check only).
;
; Installs to Program Files, writes %ProgramData%\betshop-kiosk\kiosk.toml if there is none
; (readable only by Administrators, SYSTEM and the kiosk's desktop user), and registers a
; scheduled task that starts kiosk-autostart.exe (which restarts `kiosk.exe run` until it exits 0)
; at every logon of that user. The broker (docs/it/broker.md): the service betshop-kiosk-broker under
; its own virtual account NT SERVICE\betshop-kiosk-broker, its folder %ProgramData%\betshop-kiosk-broker
; (only that account, SYSTEM and Administrators), and `kiosk.exe broker import`, which moves the
; partner secret out of kiosk.toml into the broker (given now, or left by an older version) and turns
; broker mode on; if that fails nothing is lost and `kiosk doctor` says so. Silent install for fleet tools:
;
;   betshop-kiosk-setup-0.1.0.exe /S /DESKTOP_USER=kiosk /PARTNER_ID=1234 /SECRET_KEY=... ^
;       /SHOP_NAME="Vilnius, Gedimino pr. 5" /POS_NAME="Computer #3" /USER_NAME="John Smith"
;
; The identity values only fill a new config file. /NOTASK skips the logon task (Shell Launcher
; setups). Uninstall: "%ProgramFiles%\betshop-kiosk\uninstall.exe" /S [/PURGE] (/PURGE also
; removes the config). Exit codes: 0 done, 1 cancelled, 2 failed (the reason is in the details
; view, or the message box when not silent).
;
; Releases side by side (docs/it/updates.md): the kiosk goes to releases\VERSION and the file
; `current` names the one kiosk-autostart.exe starts next. /UPDATE (what kiosk-update.ps1 passes)
; installs a new release without stopping the running kiosk, which keeps its own release until it
; restarts into the new one at its daily fresh start. /UPDATE_SOURCE=PATH-OR-URL and
; /UPDATE_SIGNER=THUMBPRINT register the update task (kiosk-update.ps1 -Register).

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin

!define APP "betshop-kiosk"
!define APP_NAME "Betshop kiosk"
!define PUBLISHER "betshop-kiosk"
!define TASK_NAME "betshop-kiosk"
!define BROKER "betshop-kiosk-broker"
!define BROKER_ACCOUNT "NT SERVICE\betshop-kiosk-broker"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETTINGS_KEY "Software\${APP}"
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\betshop-kiosk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\betshop-kiosk-setup-${VERSION}.exe"
!endif
; Well-known SIDs, so the ACL is right on every display language of Windows.
!define SID_ADMINS "*S-1-5-32-544"
!define SID_SYSTEM "*S-1-5-18"

!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show

Var DesktopUser
Var PartnerId
Var SecretKey
Var ShopName
Var PosName
Var UserName
Var NoTask
Var Update
Var UpdateSource
Var UpdateSigner
Var ConfigDir
Var ConfigFile
; Settings page controls
Var hDesktopUser
Var hPartnerId
Var hSecretKey
Var hShopName
Var hPosName
Var hUserName

!define MUI_ABORTWARNING
!define MUI_ICON "..\..\resources\kiosk.ico"
!define MUI_UNICON "..\..\resources\kiosk.ico"
!insertmacro MUI_PAGE_DIRECTORY
Page custom SettingsPage SettingsPageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; ---------------------------------------------------------------- helpers

; Stops a running kiosk, so its files can be replaced or removed: the supervisor first, or it
; would start the kiosk again.
!macro StopKiosk
  nsExec::ExecToLog 'schtasks /End /TN "${TASK_NAME}"'
  Pop $0
  nsExec::ExecToLog 'sc stop ${BROKER}'
  Pop $0
  nsExec::ExecToLog 'taskkill /F /T /IM kiosk-autostart.exe'
  Pop $0
  nsExec::ExecToLog 'taskkill /F /T /IM kiosk.exe'
  Pop $0
!macroend

; Fails the installation: a message box, or (silent) the details log and exit code 2.
!macro Fail MESSAGE
  DetailPrint "${MESSAGE}"
  MessageBox MB_ICONSTOP|MB_OK "${MESSAGE}" /SD IDOK
  SetErrorLevel 2
  Quit
!macroend

; $R0 := $R0 as a TOML basic string (quotes and backslashes escaped).
Function TomlString
  Push $1
  Push $2
  Push $3
  StrCpy $1 ""
  StrCpy $2 0
  ${Do}
    StrCpy $3 $R0 1 $2
    ${If} $3 == ""
      ${ExitDo}
    ${EndIf}
    ${If} $3 == '"'
    ${OrIf} $3 == "\"
      StrCpy $1 "$1\"
    ${EndIf}
    StrCpy $1 "$1$3"
    IntOp $2 $2 + 1
  ${Loop}
  StrCpy $R0 '"$1"'
  Pop $3
  Pop $2
  Pop $1
FunctionEnd

; Writes $R1 to the open file handle $R0 as UTF-8 (FileWrite would use the ANSI code page).
Function WriteUtf8
  Push $1
  Push $2
  Push $3
  System::Call 'kernel32::WideCharToMultiByte(i 65001, i 0, w R1, i -1, p 0, i 0, p 0, p 0) i .r1'
  ${If} $1 > 1
    System::Alloc $1
    Pop $2
    System::Call 'kernel32::WideCharToMultiByte(i 65001, i 0, w R1, i -1, p r2, i r1, p 0, p 0) i .r1'
    IntOp $1 $1 - 1
    System::Call 'kernel32::WriteFile(p R0, p r2, i r1, *i .r3, p 0) i .r3'
    System::Free $2
  ${EndIf}
  Pop $3
  Pop $2
  Pop $1
FunctionEnd

; Writes TEXT and a line end to the file handle $R0 (pass TEXT in `backticks` if it holds quotes).
!macro WriteLine TEXT
  StrCpy $R1 `${TEXT}$\r$\n`
  Call WriteUtf8
!macroend

; KEY = VALUE as a TOML string if VALUE is set, else the commented example.
!macro WriteTomlString KEY VALUE EXAMPLE
  ${If} ${VALUE} != ""
    Push $R0
    StrCpy $R0 ${VALUE}
    Call TomlString
    StrCpy $R2 $R0
    Pop $R0
    !insertmacro WriteLine `${KEY} = $R2`
  ${Else}
    !insertmacro WriteLine `#${KEY} = ${EXAMPLE}`
  ${EndIf}
!macroend

; ---------------------------------------------------------------- start-up

Function .onInit
  ${IfNot} ${RunningX64}
    !insertmacro Fail "${APP_NAME} needs 64-bit Windows."
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  StrCpy $ConfigDir "$APPDATA\${APP}"
  StrCpy $ConfigFile "$ConfigDir\kiosk.toml"

  ${GetParameters} $R0
  ${GetOptions} $R0 "/DESKTOP_USER=" $DesktopUser
  ${GetOptions} $R0 "/PARTNER_ID=" $PartnerId
  ${GetOptions} $R0 "/SECRET_KEY=" $SecretKey
  ${GetOptions} $R0 "/SHOP_NAME=" $ShopName
  ${GetOptions} $R0 "/POS_NAME=" $PosName
  ${GetOptions} $R0 "/USER_NAME=" $UserName
  StrCpy $NoTask 0
  ClearErrors
  ${GetOptions} $R0 "/NOTASK" $R1
  ${IfNot} ${Errors}
    StrCpy $NoTask 1
  ${EndIf}
  StrCpy $Update 0
  ClearErrors
  ${GetOptions} $R0 "/UPDATE" $R1
  ${IfNot} ${Errors}
    StrCpy $Update 1
  ${EndIf}
  ${GetOptions} $R0 "/UPDATE_SOURCE=" $UpdateSource
  ${GetOptions} $R0 "/UPDATE_SIGNER=" $UpdateSigner
  ; An upgrade keeps the desktop user it was installed for.
  ${If} $DesktopUser == ""
    ReadRegStr $DesktopUser HKLM "${SETTINGS_KEY}" "DesktopUser"
  ${EndIf}
FunctionEnd

Function SettingsPage
  !insertmacro MUI_HEADER_TEXT "Kiosk settings" "The Windows account the kiosk runs for, and its webshop identity."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 12u "Windows account that logs on to the kiosk (it starts at every logon of this account):"
  ${NSD_CreateText} 0 13u 100% 12u "$DesktopUser"
  Pop $hDesktopUser
  ${NSD_CreateLabel} 0 32u 100% 12u "Webshop identity, written only if there is no $ConfigFile yet (may be left empty):"
  ${NSD_CreateLabel} 0 47u 30% 12u "Partner id"
  ${NSD_CreateNumber} 32% 45u 68% 12u "$PartnerId"
  Pop $hPartnerId
  ${NSD_CreateLabel} 0 62u 30% 12u "Secret key"
  ${NSD_CreatePassword} 32% 60u 68% 12u "$SecretKey"
  Pop $hSecretKey
  ${NSD_CreateLabel} 0 77u 30% 12u "Betshop name"
  ${NSD_CreateText} 32% 75u 68% 12u "$ShopName"
  Pop $hShopName
  ${NSD_CreateLabel} 0 92u 30% 12u "Point of sale name"
  ${NSD_CreateText} 32% 90u 68% 12u "$PosName"
  Pop $hPosName
  ${NSD_CreateLabel} 0 107u 30% 12u "POS user name"
  ${NSD_CreateText} 32% 105u 68% 12u "$UserName"
  Pop $hUserName
  nsDialogs::Show
FunctionEnd

Function SettingsPageLeave
  ${NSD_GetText} $hDesktopUser $DesktopUser
  ${NSD_GetText} $hPartnerId $PartnerId
  ${NSD_GetText} $hSecretKey $SecretKey
  ${NSD_GetText} $hShopName $ShopName
  ${NSD_GetText} $hPosName $PosName
  ${NSD_GetText} $hUserName $UserName
  ${If} $DesktopUser == ""
    MessageBox MB_ICONEXCLAMATION|MB_OK "Enter the Windows account the kiosk runs for."
    Abort
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- install

Section "Install"
  ${If} $DesktopUser == ""
    !insertmacro Fail "No kiosk account given: pass /DESKTOP_USER=NAME."
  ${EndIf}
  IntOp $0 $PartnerId + 0
  ${If} $PartnerId != ""
  ${AndIf} "$0" != "$PartnerId"
    !insertmacro Fail "The partner id must be a number, got '$PartnerId'."
  ${EndIf}
  ; An update never stops the running kiosk: its release stays as it is, the new one goes beside it.
  ${If} $Update != 1
    !insertmacro StopKiosk
    ; The flat layout of versions before releases\ (nothing runs from it now).
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\kiosk.exe"
    Delete "$INSTDIR\kiosk-autostart.exe"
  ${EndIf}

  SetOutPath "$INSTDIR\releases\${VERSION}"
  SetOverwrite ifdiff  ; a reinstall of the release that runs rewrites nothing it has open
  File /r "${BUNDLE_DIR}\*.*"
  SetOverwrite on
  SetOutPath "$INSTDIR"
  File "kiosk-update.ps1"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  ; `current`: the release kiosk-autostart.exe starts from now on (replaced whole, never half written).
  FileOpen $R0 "$INSTDIR\current.new" w
  FileWrite $R0 "${VERSION}$\r$\n"
  FileClose $R0
  Delete "$INSTDIR\current"
  Rename "$INSTDIR\current.new" "$INSTDIR\current"
  ; The updater (SYSTEM) and the kiosk (the desktop user) exchange state here; the kiosk writes its heartbeat.
  CreateDirectory "$ConfigDir\updates\kiosk"

  ; Config: created once, never overwritten; the directory's ACL is what protects it.
  CreateDirectory "$ConfigDir"
  nsExec::ExecToLog 'icacls "$ConfigDir" /inheritance:r /grant:r "${SID_ADMINS}:(OI)(CI)F" "${SID_SYSTEM}:(OI)(CI)F" "$DesktopUser:(OI)(CI)RX"'
  Pop $0
  ${If} $0 != 0
    !insertmacro Fail "Cannot restrict $ConfigDir to Administrators and $DesktopUser (icacls exit code $0): does the account $DesktopUser exist?"
  ${EndIf}
  ${If} ${FileExists} "$ConfigFile"
    DetailPrint "Keeping the existing $ConfigFile"
  ${Else}
    Call WriteConfig
  ${EndIf}
  ; Only the directory's inherited rights on the file, also for one that was already there.
  nsExec::ExecToLog 'icacls "$ConfigFile" /reset'
  Pop $0
  nsExec::ExecToLog 'icacls "$ConfigDir\updates\kiosk" /grant "$DesktopUser:(OI)(CI)M"'
  Pop $0

  ${If} $UpdateSource != ""
    nsExec::ExecToLog 'powershell.exe -NoProfile -ExecutionPolicy Bypass -File "$INSTDIR\kiosk-update.ps1" -Register -Source "$UpdateSource" -Signer "$UpdateSigner"'
    Pop $0
    ${If} $0 != 0
      !insertmacro Fail "Cannot register the update task (kiosk-update.ps1 -Register exit code $0)."
    ${EndIf}
  ${EndIf}

  Call InstallBroker

  ${If} $NoTask == 1
    nsExec::ExecToLog 'schtasks /Delete /F /TN "${TASK_NAME}"'
    Pop $0
  ${Else}
    Call RegisterTask
  ${EndIf}

  WriteRegStr HKLM "${SETTINGS_KEY}" "DesktopUser" "$DesktopUser"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\releases\${VERSION}\kiosk.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; A new kiosk.toml with the identity values given (keys left out stay commented examples).
Function WriteConfig
  ClearErrors
  FileOpen $R0 "$ConfigFile" w
  ${If} ${Errors}
    !insertmacro Fail "Cannot write $ConfigFile."
  ${EndIf}
  !insertmacro WriteLine "# betshop-kiosk configuration, written by the installer once and never overwritten by it."
  !insertmacro WriteLine "#"
  !insertmacro WriteLine "# Keys are the kiosk's settings in lower case; each can also be set, and is then overridden,"
  !insertmacro WriteLine "# by the environment variable KIOSK_<KEY IN UPPER CASE> (e.g. KIOSK_SHOP_NAME)."
  !insertmacro WriteLine "# The identity below is moved into the broker (kiosk.exe broker import), which keeps the"
  !insertmacro WriteLine "# partner secret out of the desktop user's reach; this file then says broker = the broker's pipe."
  !insertmacro WriteLine ""
  ${If} $PartnerId != ""
    !insertmacro WriteLine "partner_id = $PartnerId"
  ${Else}
    !insertmacro WriteLine "#partner_id = 1234"
  ${EndIf}
  !insertmacro WriteTomlString secret_key $SecretKey `"partner secret key from BetGames"`
  !insertmacro WriteTomlString shop_name $ShopName `"Vilnius, Gedimino pr. 5"`
  !insertmacro WriteTomlString pos_name $PosName `"Computer #3"`
  !insertmacro WriteTomlString user_name $UserName `"John Smith"`
  !insertmacro WriteLine ""
  !insertmacro WriteLine "# Optional (defaults shown):"
  !insertmacro WriteLine `#allowed_hosts = ["webshop.betgames.tv"]`
  !insertmacro WriteLine "#health_port = 0          # loopback port of /health and /metrics; 0 = off"
  !insertmacro WriteLine `#log_level = "INFO"       # DEBUG, INFO, WARNING or ERROR`
  FileClose $R0
  DetailPrint "Wrote $ConfigFile"
FunctionEnd


; The broker: a service under its own virtual account, its folder ACL'd to that account, started; then
; `kiosk.exe broker import` moves a secret out of kiosk.toml into it and turns broker mode on there.
Function InstallBroker
  nsExec::ExecToLog 'sc query ${BROKER}'
  Pop $0
  ${If} $0 == 0
    nsExec::ExecToLog 'sc config ${BROKER} binPath= "\"$INSTDIR\releases\${VERSION}\kiosk.exe\" broker --windows-service --allow-user $DesktopUser" obj= "${BROKER_ACCOUNT}" start= auto'
  ${Else}
    nsExec::ExecToLog 'sc create ${BROKER} binPath= "\"$INSTDIR\releases\${VERSION}\kiosk.exe\" broker --windows-service --allow-user $DesktopUser" obj= "${BROKER_ACCOUNT}" start= auto DisplayName= "Betshop kiosk broker"'
  ${EndIf}
  Pop $0
  ${If} $0 != 0
    !insertmacro Fail "Cannot register the broker service ${BROKER} (sc exit code $0)."
  ${EndIf}
  nsExec::ExecToLog 'sc description ${BROKER} "Holds the betshop kiosk$\'s partner secret and asks for its login links."'
  Pop $0
  nsExec::ExecToLog 'sc sidtype ${BROKER} unrestricted'
  Pop $0
  nsExec::ExecToLog 'sc failure ${BROKER} reset= 0 actions= restart/2000/restart/2000/restart/10000'
  Pop $0
  CreateDirectory "$APPDATA\${BROKER}"
  nsExec::ExecToLog 'icacls "$APPDATA\${BROKER}" /inheritance:r /grant:r "${SID_ADMINS}:(OI)(CI)F" "${SID_SYSTEM}:(OI)(CI)F" "${BROKER_ACCOUNT}:(OI)(CI)F"'
  Pop $0
  ${If} $0 != 0
    !insertmacro Fail "Cannot restrict $APPDATA\${BROKER} to the broker's account (icacls exit code $0)."
  ${EndIf}
  ${If} $Update == 1
    ; An update: the broker restarts into the new release (as the .deb's does), so the old one can be pruned;
    ; a link the kiosk asks for in these seconds is retried like after any outage.
    nsExec::ExecToLog 'sc stop ${BROKER}'
    Pop $0
    Sleep 3000
  ${EndIf}
  nsExec::ExecToLog 'sc start ${BROKER}'
  Pop $0
  ; The service takes a moment to open its pipe: the import asks it a few times.
  StrCpy $1 0
  ${Do}
    nsExec::ExecToLog '"$INSTDIR\releases\${VERSION}\kiosk.exe" broker import --config "$ConfigFile"'
    Pop $0
    ${If} $0 == 0
      ${ExitDo}
    ${EndIf}
    IntOp $1 $1 + 1
    ${If} $1 >= 5
      DetailPrint "The broker did not take the identity (exit code $0): the kiosk stays in direct mode; run kiosk.exe broker import as an administrator (kiosk doctor says so too)."
      ${ExitDo}
    ${EndIf}
    Sleep 2000
  ${Loop}
FunctionEnd

; The logon task: starts kiosk-autostart.exe in the desktop user's session at its logon, with no
; time limit. RestartOnFailure covers a failed launch; the supervisor covers a kiosk that fails.
Function RegisterTask
  InitPluginsDir
  FileOpen $R0 "$PLUGINSDIR\task.xml" w
  FileWriteUTF16LE /BOM $R0 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
  FileWriteUTF16LE $R0 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
  FileWriteUTF16LE $R0 '  <RegistrationInfo><Description>${APP_NAME}: starts the kiosk at logon of $DesktopUser and restarts it until a technician exits it.</Description></RegistrationInfo>$\r$\n'
  FileWriteUTF16LE $R0 '  <Triggers><LogonTrigger><Enabled>true</Enabled><UserId>$DesktopUser</UserId></LogonTrigger></Triggers>$\r$\n'
  FileWriteUTF16LE $R0 '  <Principals><Principal id="Kiosk"><UserId>$DesktopUser</UserId><LogonType>InteractiveToken</LogonType><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>$\r$\n'
  FileWriteUTF16LE $R0 '  <Settings>$\r$\n'
  FileWriteUTF16LE $R0 '    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>$\r$\n'
  FileWriteUTF16LE $R0 '    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>$\r$\n'
  FileWriteUTF16LE $R0 '    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>$\r$\n'
  FileWriteUTF16LE $R0 '    <AllowHardTerminate>true</AllowHardTerminate>$\r$\n'
  FileWriteUTF16LE $R0 '    <StartWhenAvailable>false</StartWhenAvailable>$\r$\n'
  FileWriteUTF16LE $R0 '    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>$\r$\n'
  FileWriteUTF16LE $R0 '    <IdleSettings><StopOnIdleEnd>false</StopOnIdleEnd><RestartOnIdle>false</RestartOnIdle></IdleSettings>$\r$\n'
  FileWriteUTF16LE $R0 '    <AllowStartOnDemand>true</AllowStartOnDemand>$\r$\n'
  FileWriteUTF16LE $R0 '    <Enabled>true</Enabled>$\r$\n'
  FileWriteUTF16LE $R0 '    <Hidden>false</Hidden>$\r$\n'
  FileWriteUTF16LE $R0 '    <RunOnlyIfIdle>false</RunOnlyIfIdle>$\r$\n'
  FileWriteUTF16LE $R0 '    <WakeToRun>false</WakeToRun>$\r$\n'
  FileWriteUTF16LE $R0 '    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>$\r$\n'
  FileWriteUTF16LE $R0 '    <Priority>4</Priority>$\r$\n'
  FileWriteUTF16LE $R0 '    <RestartOnFailure><Interval>PT1M</Interval><Count>999</Count></RestartOnFailure>$\r$\n'
  FileWriteUTF16LE $R0 '  </Settings>$\r$\n'
  FileWriteUTF16LE $R0 '  <Actions Context="Kiosk"><Exec><Command>"$INSTDIR\releases\${VERSION}\kiosk-autostart.exe"</Command><WorkingDirectory>$INSTDIR\releases\${VERSION}</WorkingDirectory></Exec></Actions>$\r$\n'
  FileWriteUTF16LE $R0 '</Task>$\r$\n'
  FileClose $R0
  nsExec::ExecToLog 'schtasks /Create /F /TN "${TASK_NAME}" /XML "$PLUGINSDIR\task.xml"'
  Pop $0
  ${If} $0 != 0
    !insertmacro Fail "Cannot register the logon task for $DesktopUser (schtasks exit code $0)."
  ${EndIf}
  DetailPrint "The kiosk starts at every logon of $DesktopUser."
FunctionEnd

; ---------------------------------------------------------------- uninstall

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  !insertmacro StopKiosk
  nsExec::ExecToLog 'schtasks /Delete /F /TN "${TASK_NAME}"'
  Pop $0
  nsExec::ExecToLog 'schtasks /Delete /F /TN "${TASK_NAME}-update"'
  Pop $0
  RMDir /r "$INSTDIR\releases"
  nsExec::ExecToLog 'sc delete ${BROKER}'
  Pop $0
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\kiosk.exe"
  Delete "$INSTDIR\kiosk-autostart.exe"
  Delete "$INSTDIR\kiosk-update.ps1"
  Delete "$INSTDIR\current"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$APPDATA\${APP}\updates"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"

  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    RMDir /r "$APPDATA\${APP}"
    RMDir /r "$APPDATA\${BROKER}"
    DetailPrint "Removed the configuration $APPDATA\${APP} and the broker's identity $APPDATA\${BROKER}"
  ${Else}
    DetailPrint "Kept the configuration $APPDATA\${APP}\kiosk.toml (/PURGE removes it)"
  ${EndIf}
SectionEnd
