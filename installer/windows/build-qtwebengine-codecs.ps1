<#
.SYNOPSIS
  Builds QtWebEngine with proprietary codecs (H.264, AAC) for the Windows bundle, at the exact Qt
  version of the pinned PySide6 wheel. NOT run by this repository's CI: it needs a large machine.

.DESCRIPTION
  Qt's own binaries, the PyPI PySide6 wheels included, are built without the proprietary codecs, so
  the webshop's H.264/AAC live streams stay black in the Windows kiosk. This script builds only the
  QtWebEngine module (-DFEATURE_webengine_proprietary_codecs=ON) against Qt's official MSVC binaries
  of the same version, and installs it into -Out. Then build the bundle with

      $env:BETSHOP_KIOSK_QTWEBENGINE_CODECS = "<Out>"
      pyinstaller --noconfirm --clean installer/betshop-kiosk.spec

  and the spec swaps the wheel's QtWebEngine files (Qt6WebEngineCore.dll, QtWebEngineProcess.exe,
  resources, locales) for these. The PySide6 bindings load them unchanged: same Qt version, same
  compiler (MSVC 2022), same ABI.

  Machine: Windows 10/11 x64, 16+ cores, 32+ GB RAM (64 GB for -Jobs above 16), 150 GB free on an
  NTFS drive with short paths (e.g. C:\b), 3 to 8 hours. Needs, on PATH: Visual Studio 2022 with
  "Desktop development with C++" and the Windows 11 SDK (run from an "x64 Native Tools" prompt),
  Python 3 with html5lib (pip install html5lib), Node.js 18+, CMake 3.21+, Ninja, gperf, and
  win_flex/win_bison (choco install winflexbison3 gperf nodejs ninja cmake), git.

  LICENSING: H.264 and AAC are patent-encumbered. Shipping a build that decodes them to shops is a
  distribution of those decoders; obtaining the patent licences (e.g. Via LA for AAC, Access Advance
  / Via LA for H.264/AVC) is the operator's responsibility. QtWebEngine itself stays under the LGPLv3
  (or your Qt commercial licence): ship its source offer or this script with the build.

.PARAMETER QtVersion
  The Qt version of the pinned PySide6 wheel (python -c "import PySide6; print(PySide6.__version__)").
.PARAMETER Out
  Where the built QtWebEngine is installed (the directory BETSHOP_KIOSK_QTWEBENGINE_CODECS names).
.PARAMETER Work
  Build directory (short path: Chromium's paths are long).
.PARAMETER Jobs
  Parallel compile jobs (each Chromium compile job wants about 2 GB of RAM).

.EXAMPLE
  .\installer\windows\build-qtwebengine-codecs.ps1 -QtVersion 6.11.3 -Out C:\b\webengine-codecs
#>
[CmdletBinding()]
param(
    [string]$QtVersion = "",
    [string]$Out = "C:\b\webengine-codecs",
    [string]$Work = "C:\b\w",
    [int]$Jobs = [Environment]::ProcessorCount
)
$ErrorActionPreference = "Stop"

function Need([string]$Tool, [string]$Hint) {
    if (-not (Get-Command $Tool -ErrorAction SilentlyContinue)) { throw "$Tool is missing: $Hint" }
}

if (-not $QtVersion) {
    $QtVersion = (& python -c "import PySide6; print(PySide6.__version__.split('+')[0])").Trim()
    if ($LASTEXITCODE -ne 0) { throw "no -QtVersion given and PySide6 is not importable: pip install -e ." }
}
if ($QtVersion -notmatch '^\d+\.\d+\.\d+$') { throw "-QtVersion must look like 6.11.3, not '$QtVersion'" }
Need cl "run this from an 'x64 Native Tools Command Prompt for VS 2022' (Visual Studio 2022, Desktop C++)"
foreach ($t in @("python", "node", "cmake", "ninja", "gperf", "git")) { Need $t "choco install $t (see the script's help)" }
if (-not ((Get-Command win_flex -ErrorAction SilentlyContinue) -or (Get-Command flex -ErrorAction SilentlyContinue))) {
    throw "flex/bison are missing: choco install winflexbison3"
}
& python -c "import html5lib" 2>$null
if ($LASTEXITCODE -ne 0) { throw "Python's html5lib is missing: python -m pip install html5lib" }

New-Item -ItemType Directory -Force -Path $Work, $Out | Out-Null
Set-Location $Work

# 1. Qt's official MSVC binaries of the same version (QtWebEngine builds against them).
$qtRoot = Join-Path $Work "qt"
$qtPrefix = Join-Path $qtRoot "$QtVersion\msvc2022_64"
if (-not (Test-Path (Join-Path $qtPrefix "bin\qt-configure-module.bat"))) {
    & python -m pip install --upgrade "aqtinstall>=3.1"
    & python -m aqt install-qt windows desktop $QtVersion win64_msvc2022_64 --outputdir $qtRoot `
        -m qtwebchannel qtpositioning qtpdf
    if ($LASTEXITCODE -ne 0) { throw "aqt could not install Qt $QtVersion (msvc2022_64)" }
}

# 2. QtWebEngine's source at that version, with its Chromium submodule.
$src = Join-Path $Work "qtwebengine"
if (-not (Test-Path (Join-Path $src "CMakeLists.txt"))) {
    & git clone --depth 1 --branch "v$QtVersion" --recurse-submodules --shallow-submodules `
        https://code.qt.io/qt/qtwebengine.git $src
    if ($LASTEXITCODE -ne 0) { throw "could not clone qtwebengine v$QtVersion" }
}

# 3. Configure: proprietary codecs on; everything the kiosk does not use off (faster, smaller).
$build = Join-Path $Work "build"
New-Item -ItemType Directory -Force -Path $build | Out-Null
Set-Location $build
& (Join-Path $qtPrefix "bin\qt-configure-module.bat") $src -- `
    "-DCMAKE_INSTALL_PREFIX=$Out" `
    -DFEATURE_webengine_proprietary_codecs=ON `
    -DFEATURE_qtpdf_build=OFF -DFEATURE_webengine_spellchecker=OFF -DFEATURE_webengine_printing_and_pdf=ON `
    -DFEATURE_webengine_extensions=ON -DFEATURE_webengine_kerberos=OFF -DFEATURE_webengine_webrtc=ON `
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
if ($LASTEXITCODE -ne 0) { throw "configure failed; see $build\config.summary and CMakeFiles\CMakeError.log" }
if (-not (Select-String -Path (Join-Path $build "config.summary") -Pattern "Proprietary Codecs .* yes" -Quiet)) {
    throw "configure did not enable the proprietary codecs (config.summary): check the FFmpeg and codec prerequisites"
}

# 4. Build and install (hours).
$env:NINJAFLAGS = "-j$Jobs"
& cmake --build . --parallel $Jobs
if ($LASTEXITCODE -ne 0) { throw "the build failed; rerun the script to continue where it stopped" }
& cmake --install .
if ($LASTEXITCODE -ne 0) { throw "cmake --install failed" }

# 5. Stamp the Qt version: the spec refuses a build that does not match the PySide6 wheel.
Set-Content -Path (Join-Path $Out "betshop-kiosk-qt-version.txt") -Value $QtVersion -Encoding ascii
foreach ($f in @("bin\Qt6WebEngineCore.dll", "bin\QtWebEngineProcess.exe", "resources\qtwebengine_resources.pak")) {
    if (-not (Test-Path (Join-Path $Out $f))) { throw "the install lacks $f" }
}
Write-Output "QtWebEngine $QtVersion with proprietary codecs is in $Out."
Write-Output "Next: `$env:BETSHOP_KIOSK_QTWEBENGINE_CODECS = '$Out'; pyinstaller --noconfirm --clean installer/betshop-kiosk.spec"
Write-Output "Then check: kiosk.exe demo shows 'plays' on the H.264 + AAC tile, and /health media.h264 is true."
