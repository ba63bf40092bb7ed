<#
.SYNOPSIS
    betshop-kiosk updates on Windows: the same window, trial and rollback as the Linux updater (docs/it/updates.md).

.DESCRIPTION
    NEVER RUN: written and reviewed without a Windows machine (docs/it/updates.md lists what has not been run).

    Run every minute as SYSTEM by the scheduled task "betshop-kiosk-update" (register it with -Register).
    Each run does at most one of these, then exits:

    1. A version on trial (installed by an earlier run): if the kiosk shows it ready (its heartbeat), the trial
       is over. If the old kiosk still runs (it waits for its daily fresh start) nothing happens. Otherwise, while
       the autologin API answers, the rollback clock runs; past update_rollback_after (kiosk.toml, 600 s) the
       previous version's installer, kept in the local cache, is run again and the bad version is held.
    2. Inside update_window (kiosk.toml, "03:00-03:50") or with -Now: read <Source>\latest.txt (one line: the
       version), copy <Source>\betshop-kiosk-setup-<version>.exe into the local cache, check its Authenticode
       signature (Get-AuthenticodeSignature: Valid, and signed by the certificate whose thumbprint -Signer
       gives), and run it with /S /UPDATE: it installs the new release beside the running one and never stops
       the kiosk, which restarts into it at its daily fresh start.

    It writes %ProgramData%\betshop-kiosk\updates\update-state.json in the format the kiosk shows in /health,
    /metrics and its Information screen, and logs to update.log beside it.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File kiosk-update.ps1 -Register -Source \\files\kiosk -Signer 0123ABCD...
.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File kiosk-update.ps1 -Now
#>
param(
    [string]$Source,   # a folder, a share (\\server\kiosk) or an https:// URL holding latest.txt and the installers
    [string]$Signer,   # the thumbprint of the partner's code-signing certificate
    [switch]$Now,      # check and install now, whatever the time
    [switch]$Register  # register the scheduled task (with -Source and -Signer), then exit
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

$App = 'betshop-kiosk'
$InstDir = Join-Path $env:ProgramFiles $App
$Data = Join-Path $env:ProgramData $App
$StateDir = Join-Path $Data 'updates'
$StateFile = Join-Path $StateDir 'update-state.json'
$SourceFile = Join-Path $StateDir 'source.json'
$HeartbeatFile = Join-Path $StateDir 'kiosk\heartbeat.json'
$Cache = Join-Path $StateDir 'cache'
$LogFile = Join-Path $StateDir 'update.log'
$Config = Join-Path $Data 'kiosk.toml'
$TaskName = 'betshop-kiosk-update'
$HeartbeatStale = 150  # seconds; the kiosk rewrites its heartbeat every minute
$TickCap = 120         # one run adds at most this much to the rollback clock
$Recheck = 15          # minutes between checks inside the window (5 after a failure)

function Say([string]$Line) {
    New-Item -ItemType Directory -Force -Path $StateDir | Out-Null
    if ((Test-Path $LogFile) -and (Get-Item $LogFile).Length -gt 1MB) { Move-Item -Force $LogFile "$LogFile.1" }
    Add-Content -Path $LogFile -Value ("{0:yyyy-MM-dd HH:mm:ss} {1}" -f (Get-Date), $Line) -Encoding UTF8
    Write-Output $Line
}

function Now-Seconds { [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds() / 1000.0 }

function Local-Time([double]$Wall) { [DateTimeOffset]::FromUnixTimeMilliseconds([long]($Wall * 1000)).LocalDateTime }

# One value of kiosk.toml (a plain `key = value` line; the kiosk itself validates the file).
function Setting([string]$Name, [string]$Default) {
    if (-not (Test-Path $Config)) { return $Default }
    foreach ($line in Get-Content -Path $Config -Encoding UTF8) {
        if ($line -match "^\s*$Name\s*=\s*(.+?)\s*(#.*)?$") { return $Matches[1].Trim('"') }
    }
    return $Default
}

function Load-State {
    $state = $null
    if (Test-Path $StateFile) {
        try { $state = Get-Content -Raw -Path $StateFile -Encoding UTF8 | ConvertFrom-Json } catch { $state = $null }
    }
    if ($null -eq $state) { $state = [pscustomobject]@{} }
    foreach ($field in @{ package = 'betshop-kiosk'; installed_version = $null; last_check_at = $null;
                         last_check_ok = $true; last_result = $null; trial = $null; held = @(); rollbacks = 0;
                         last_rollback = $null }.GetEnumerator()) {
        if (-not ($state.PSObject.Properties.Name -contains $field.Key)) {
            $state | Add-Member -NotePropertyName $field.Key -NotePropertyValue $field.Value
        }
    }
    return $state
}

function Save-State($State) {
    New-Item -ItemType Directory -Force -Path $StateDir | Out-Null
    $tmp = "$StateFile.new"
    $State | ConvertTo-Json -Depth 6 | Set-Content -Path $tmp -Encoding UTF8
    Move-Item -Force -Path $tmp -Destination $StateFile
}

function Installed-Version {
    $current = Join-Path $InstDir 'current'
    if (Test-Path $current) { return (Get-Content -Path $current -TotalCount 1).Trim() }
    return $null
}

function Compare-Versions([string]$A, [string]$B) {
    $va = $null; $vb = $null
    if ([version]::TryParse($A, [ref]$va) -and [version]::TryParse($B, [ref]$vb)) { return $va.CompareTo($vb) }
    return [string]::CompareOrdinal($A, $B)
}

function Kiosk-Alive($Beat, [double]$Now) {
    if ($null -eq $Beat -or $Beat.state -in @('restarting', 'stopped')) { return $false }
    if ($Now - [double]$Beat.at -gt $HeartbeatStale) { return $false }
    return $null -ne (Get-Process -Id ([int]$Beat.pid) -ErrorAction SilentlyContinue)
}

function Read-Heartbeat {
    if (-not (Test-Path $HeartbeatFile)) { return $null }
    try { return Get-Content -Raw -Path $HeartbeatFile -Encoding UTF8 | ConvertFrom-Json } catch { return $null }
}

# Does the autologin API answer (a TCP connection opens)? If not, a new version's trouble may be the network's.
function Api-Answers {
    $url = [uri](Setting 'auth_url' 'https://api.betgames.tv/s/api/v2/webshop/auth')
    $client = New-Object System.Net.Sockets.TcpClient
    try { return $client.ConnectAsync($url.Host, $url.Port).Wait(5000) } catch { return $false } finally { $client.Dispose() }
}

function In-Window {
    $window = Setting 'update_window' '03:00-03:50'
    if ($window -eq '') { return $false }
    $start, $end = ($window -split '-', 2) | ForEach-Object { [TimeSpan]::Parse($_.Trim()) }
    $t = (Get-Date).TimeOfDay
    if ($start -lt $end) { return ($t -ge $start -and $t -lt $end) }
    return ($t -ge $start -or $t -lt $end)
}

function Fetch([string]$Name, [string]$Target) {
    if ($Source -match '^https://') {
        Invoke-WebRequest -UseBasicParsing -Uri ("{0}/{1}" -f $Source.TrimEnd('/'), $Name) -OutFile $Target -TimeoutSec 600
    } else {
        Copy-Item -Force -Path (Join-Path $Source $Name) -Destination $Target
    }
}

# Runs a cached installer after checking that the partner signed it; throws a sentence for IT otherwise.
function Install-Setup([string]$Setup) {
    $signature = Get-AuthenticodeSignature -FilePath $Setup
    if ($signature.Status -ne 'Valid') {
        throw "$(Split-Path -Leaf $Setup) is not validly signed ($($signature.Status): $($signature.StatusMessage))"
    }
    if ($Signer -and $signature.SignerCertificate.Thumbprint -ne $Signer.Replace(' ', '').ToUpper()) {
        throw "$(Split-Path -Leaf $Setup) is signed by $($signature.SignerCertificate.Subject), not by the partner's certificate $Signer"
    }
    $run = Start-Process -FilePath $Setup -ArgumentList '/S', '/UPDATE' -Wait -PassThru -WindowStyle Hidden
    if ($run.ExitCode -ne 0) { throw "$(Split-Path -Leaf $Setup) /S /UPDATE exited $($run.ExitCode)" }
}

function Cached-Setup([string]$Version) { Join-Path $Cache "$App-setup-$Version.exe" }

# Releases no kiosk runs any more: a folder with a file in use cannot be renamed on Windows.
function Prune-Releases {
    $current = Installed-Version
    foreach ($dir in Get-ChildItem -Directory -Path (Join-Path $InstDir 'releases') -ErrorAction SilentlyContinue) {
        if ($dir.Name -eq $current) { continue }
        try {
            $aside = "$($dir.FullName).old"
            Rename-Item -Path $dir.FullName -NewName (Split-Path -Leaf $aside)
            Remove-Item -Recurse -Force -Path $aside
        } catch { }  # in use: next time
    }
}

function Register-Task {
    if (-not $Source) { throw "-Register needs -Source (the partner's folder, share or https:// URL)" }
    if (-not $Signer) { throw "-Register needs -Signer (the thumbprint of the partner's code-signing certificate)" }
    New-Item -ItemType Directory -Force -Path $StateDir | Out-Null
    @{ source = $Source; signer = $Signer } | ConvertTo-Json | Set-Content -Path $SourceFile -Encoding UTF8
    $action = New-ScheduledTaskAction -Execute 'powershell.exe' `
        -Argument "-NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File `"$InstDir\kiosk-update.ps1`""
    $trigger = New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 1)
    # Not StartWhenAvailable: a PC that was off through its window must not catch up at boot, mid-shift.
    $settings = New-ScheduledTaskSettingsSet -MultipleInstances IgnoreNew -ExecutionTimeLimit (New-TimeSpan -Minutes 45) `
        -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
    $principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
    Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings `
        -Principal $principal -Force | Out-Null
    Say "registered the task ${TaskName}: every minute, installs from $Source inside update_window"
}

function Follow-Trial($State) {
    $trial = $State.trial
    $now = Now-Seconds
    $beat = Read-Heartbeat
    $alive = Kiosk-Alive $beat $now
    if ($alive -and $beat.release -eq $trial.release -and $beat.state -eq 'ready') {
        $State.last_result = "$($trial.version) installed; ready on screen since $((Get-Date).ToString('yyyy-MM-dd HH:mm'))"
        $State.trial = $null
        Say $State.last_result
        Prune-Releases
        return
    }
    if ($alive -and $beat.release -eq $trial.previous_release) { $trial.judged_at = $now; return }  # waits for its fresh start
    $elapsed = 0.0
    if ($null -ne $trial.judged_at) { $elapsed = [Math]::Min([Math]::Max(0.0, $now - [double]$trial.judged_at), $TickCap) }
    if ($elapsed -gt 0 -and (Api-Answers)) { $trial.unready_seconds = [double]$trial.unready_seconds + $elapsed }
    $trial.judged_at = $now
    $limit = [double](Setting 'update_rollback_after' '600')
    if ([double]$trial.unready_seconds -lt $limit) { return }
    $reason = "$($trial.version) did not reach ready within $limit seconds while the autologin API answered"
    try {
        Install-Setup (Cached-Setup $trial.previous_version)
    } catch {
        $State.last_result = "$reason; rolling back to $($trial.previous_version) failed: $($_.Exception.Message)"
        $State.last_check_ok = $false
        $trial.unready_seconds = 0.0
        Say $State.last_result
        return
    }
    $State.held = @($State.held | Where-Object { $_.version -ne $trial.version }) +
        @([pscustomobject]@{ version = $trial.version; at = $now; reason = "$reason; rolled back" })
    $State.rollbacks = [int]$State.rollbacks + 1
    $State.last_rollback = [pscustomobject]@{ version = $trial.version; to_version = $trial.previous_version; at = $now; reason = $reason }
    $State.installed_version = $trial.previous_version
    $State.trial = $null
    $State.last_result = "${reason}: rolled back to $($trial.previous_version) and held $($trial.version)"
    Say $State.last_result
}

function Check($State) {
    $installed = Installed-Version
    New-Item -ItemType Directory -Force -Path $Cache | Out-Null
    $latestFile = Join-Path $Cache 'latest.txt'
    Fetch 'latest.txt' $latestFile
    $latest = (Get-Content -Path $latestFile -TotalCount 1).Trim()
    $held = @($State.held | ForEach-Object { $_.version })
    if ($held -contains $latest) { return "$installed stays: $latest is held since its rollback; a newer one will be tried" }
    if ($null -ne $installed -and (Compare-Versions $latest $installed) -le 0) { return "up to date: $installed ($Source)" }
    $setup = Cached-Setup $latest
    Fetch "$App-setup-$latest.exe" $setup
    $beat = Read-Heartbeat
    $running = Kiosk-Alive $beat (Now-Seconds)
    Install-Setup $setup
    $now = Installed-Version
    $State.installed_version = $now
    # Keep the new installer and the previous one (what a rollback runs); drop the others.
    Get-ChildItem -Path $Cache -Filter "$App-setup-*.exe" | Where-Object {
        $_.Name -notin @("$App-setup-$latest.exe", "$App-setup-$installed.exe") } | Remove-Item -Force
    if (-not $running) { return "installed $latest (was $installed); no kiosk was running, so it is not on trial" }
    $State.trial = [pscustomobject]@{ package = $App; version = $latest; release = $now; previous_version = $installed;
                                      previous_release = $installed; installed_at = (Now-Seconds);
                                      unready_seconds = 0.0; judged_at = $null }
    return "installed $latest (was $installed); the running kiosk restarts into it at its daily fresh start"
}

try {
    if ($Register) { Register-Task; exit 0 }
    if (-not $Source -and (Test-Path $SourceFile)) {
        $saved = Get-Content -Raw -Path $SourceFile -Encoding UTF8 | ConvertFrom-Json
        $Source = $saved.source
        if (-not $Signer) { $Signer = $saved.signer }
    }
    $state = Load-State
    if ($null -ne $state.trial) {
        Follow-Trial $state
        Save-State $state
        exit 0
    }
    if (-not $Now) {
        if (-not (In-Window)) { exit 0 }
        if ($null -ne $state.last_check_at) {
            $wait = if ($state.last_check_ok) { $Recheck } else { 5 }
            if ((Get-Date) -lt (Local-Time ([double]$state.last_check_at)).AddMinutes($wait)) { exit 0 }
        }
    }
    if (-not $Source) { throw "no update source: register the task with -Source and -Signer (docs/it/updates.md)" }
    $state.last_check_at = Now-Seconds
    try {
        $state.last_result = Check $state
        $state.last_check_ok = $true
        Say $state.last_result
    } catch {
        $state.last_result = $_.Exception.Message
        $state.last_check_ok = $false
        Say "update failed: $($state.last_result)"
    }
    Save-State $state
    Prune-Releases
    exit 0
} catch {
    Say "kiosk-update.ps1: $($_.Exception.Message)"
    exit 1
}
