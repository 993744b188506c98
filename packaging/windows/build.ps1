<#
.SYNOPSIS
Builds Metafill on Windows and packages it as an NSIS installer and a portable ZIP.

.DESCRIPTION
UNTESTED HERE: written on Linux without a Windows machine; the CMake and NSIS
parts it drives were checked as far as Linux allows (packaging/README.md).

What a Windows developer needs installed first:
  - Visual Studio 2022 (or its Build Tools) with "Desktop development with C++";
    it brings CMake and Ninja too.
  - Qt 6.4 or newer for "MSVC 2022 64-bit" (Qt online installer, or
    aqtinstall: aqt install-qt windows desktop 6.8.3 win64_msvc2022_64).
  - vcpkg: git clone https://github.com/microsoft/vcpkg; .\vcpkg\bootstrap-vcpkg.bat;
    set VCPKG_ROOT. The libraries besides Qt come from packaging\windows\vcpkg.json.
  - NSIS 3.03 or newer (makensis), e.g. winget install NSIS.NSIS.

Steps: configure with vcpkg's toolchain (which builds yaml-cpp, nlohmann-json,
curl, sqlite3, pugixml, zlib and hdf5 on the first run), build, optionally run
the tests, run CPack (NSIS and ZIP; the install step runs windeployqt and
copies every DLL next to the programs, see DeployWindows.cmake), then unpack
the ZIP into a temporary folder and start the programs from there, so that a
missing DLL shows up here and not on a user's PC.

.PARAMETER QtDir
The Qt kit, e.g. C:\Qt\6.8.3\msvc2022_64 (the folder with bin\windeployqt.exe).

.PARAMETER VcpkgRoot
The vcpkg checkout; default: the VCPKG_ROOT environment variable.

.PARAMETER BuildDir
Build folder; default: build\windows-release in the checkout.

.PARAMETER OntologySources
The ontology source files of the offline term index (ontology\README.md);
default: ..\shared\ontology-sources next to the checkout. Without them the
index holds no ontology terms, and the script says so.

.PARAMETER Test
Also build and run the test suite (ctest) before packaging.

.EXAMPLE
.\packaging\windows\build.ps1 -QtDir C:\Qt\6.8.3\msvc2022_64
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [string]$VcpkgRoot = $env:VCPKG_ROOT,
    [string]$BuildDir,
    [string]$OntologySources,
    [switch]$Test
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Native programs do not throw on failure in Windows PowerShell 5.1; every
# call goes through here so that a failed step stops the script.
function Invoke-Native {
    param([Parameter(Mandatory = $true)][string]$Program, [string[]]$Arguments = @())
    Write-Host "> $Program $($Arguments -join ' ')"
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program failed with exit code $LASTEXITCODE"
    }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
if (-not $BuildDir) { $BuildDir = Join-Path $Root 'build\windows-release' }
if (-not $OntologySources) { $OntologySources = Join-Path (Split-Path $Root -Parent) 'shared\ontology-sources' }

# --- Check the tools before a long build fails half-way --------------------
if (-not (Test-Path (Join-Path $QtDir 'lib\cmake\Qt6\Qt6Config.cmake'))) {
    throw "No Qt 6 in '$QtDir': pass the kit folder, e.g. -QtDir C:\Qt\6.8.3\msvc2022_64"
}
if (-not (Test-Path (Join-Path $QtDir 'bin\windeployqt.exe'))) {
    throw "'$QtDir\bin\windeployqt.exe' is missing; the package would lack Qt's DLLs"
}
if (-not $VcpkgRoot -or -not (Test-Path (Join-Path $VcpkgRoot 'scripts\buildsystems\vcpkg.cmake'))) {
    throw "vcpkg not found: set VCPKG_ROOT or pass -VcpkgRoot (git clone https://github.com/microsoft/vcpkg; bootstrap-vcpkg.bat)"
}
if (-not (Test-Path $OntologySources)) {
    Write-Warning "'$OntologySources' does not exist: the offline term index will hold no ontology terms (see ontology\README.md)"
}

# makensis: on PATH, or where the NSIS installer puts it.
if (-not (Get-Command makensis -ErrorAction SilentlyContinue)) {
    $nsisDir = Join-Path ${env:ProgramFiles(x86)} 'NSIS'
    if (-not (Test-Path (Join-Path $nsisDir 'makensis.exe'))) {
        throw "makensis not found: install NSIS 3.03 or newer (winget install NSIS.NSIS)"
    }
    $env:PATH = "$nsisDir;$env:PATH"
}

# The MSVC compiler, linker, dumpbin and Windows SDK come from Visual Studio's
# developer environment; enter it unless the shell already is one.
if (-not (Get-Command cl.exe -ErrorAction SilentlyContinue)) {
    $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
    if (-not (Test-Path $vswhere)) { throw "Visual Studio 2022 not found (no vswhere.exe)" }
    $vsPath = & $vswhere -latest -products * -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
    if (-not $vsPath) { throw "Visual Studio has no C++ tools: add 'Desktop development with C++'" }
    Import-Module (Join-Path $vsPath 'Common7\Tools\Microsoft.VisualStudio.DevShell.dll')
    Enter-VsDevShell -VsInstallPath $vsPath -SkipAutomaticLocation -DevCmdArguments '-arch=x64 -host_arch=x64'
}

# --- Configure, build, test -------------------------------------------------
# Qt from the Qt installer (vcpkg's Qt takes hours to build); everything else
# from vcpkg's manifest in packaging\windows, built once per baseline and cached.
$testsFlag = if ($Test) { 'ON' } else { 'OFF' }
Invoke-Native cmake @(
    '-S', $Root, '-B', $BuildDir, '-G', 'Ninja',
    '-DCMAKE_BUILD_TYPE=Release',
    "-DCMAKE_TOOLCHAIN_FILE=$VcpkgRoot\scripts\buildsystems\vcpkg.cmake",
    "-DVCPKG_MANIFEST_DIR=$Root\packaging\windows",
    '-DVCPKG_TARGET_TRIPLET=x64-windows',
    "-DCMAKE_PREFIX_PATH=$QtDir",
    "-DMETAFILL_ONTOLOGY_SOURCES=$OntologySources",
    "-DMETAFILL_BUILD_TESTS=$testsFlag"
)
Invoke-Native cmake @('--build', $BuildDir, '--parallel')
if ($Test) {
    # The tests find Qt's and vcpkg's DLLs through PATH in the build tree.
    $env:PATH = "$QtDir\bin;$BuildDir\vcpkg_installed\x64-windows\bin;$env:PATH"
    $env:QT_QPA_PLATFORM = 'offscreen'
    Invoke-Native ctest @('--test-dir', $BuildDir, '--output-on-failure')
    Remove-Item Env:\QT_QPA_PLATFORM
}

# --- Package ----------------------------------------------------------------
Push-Location $BuildDir
try {
    Invoke-Native cpack @('-C', 'Release')
} finally {
    Pop-Location
}
$zip = Get-ChildItem -Path $BuildDir -Filter 'Metafill-*-windows-*.zip' | Sort-Object LastWriteTime | Select-Object -Last 1
$installer = Get-ChildItem -Path $BuildDir -Filter 'Metafill-*-windows-*.exe' | Sort-Object LastWriteTime | Select-Object -Last 1
if (-not $zip -or -not $installer) { throw "CPack wrote no installer or no ZIP in $BuildDir" }

# --- Smoke test of the package, outside the build tree ----------------------
# A clean PATH, so that a DLL the package lacks is not found in Qt's or
# vcpkg's folders by accident.
$smoke = Join-Path ([System.IO.Path]::GetTempPath()) ("metafill-smoke-" + [System.Guid]::NewGuid())
Expand-Archive -Path $zip.FullName -DestinationPath $smoke
$savedPath = $env:PATH
try {
    $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
    $bin = Join-Path (Get-ChildItem -Path $smoke -Directory | Select-Object -First 1).FullName 'bin'
    $cli = Join-Path $bin 'metafill-cli.exe'
    Invoke-Native $cli @('--version')
    # The installed templates and the offline term index (SQLite with FTS5).
    Invoke-Native $cli @('template', 'check', 'org.metafill.rembi')
    Invoke-Native $cli @('terms', 'info', '--offline')
    # The GUI starts, shows its window and quits (METAFILL_STARTUP_PROBE, see
    # app/main_gui.cpp): Qt's platform plugin and every DLL loaded.
    $env:METAFILL_STARTUP_PROBE = '1'
    $out = Join-Path $smoke 'gui-start.txt'
    $gui = Start-Process -FilePath (Join-Path $bin 'metafill.exe') -ArgumentList '--no-restore' `
        -RedirectStandardOutput $out -PassThru -NoNewWindow
    # Without a handle taken while it runs, .NET reports no exit code afterwards.
    $null = $gui.Handle
    if (-not $gui.WaitForExit(60000)) { $gui.Kill(); throw "metafill.exe did not start within 60 s" }
    if ($gui.ExitCode -ne 0) { throw "metafill.exe exited with $($gui.ExitCode)" }
    Write-Host "metafill.exe: $(Get-Content $out)"
} finally {
    $env:PATH = $savedPath
    Remove-Item Env:\METAFILL_STARTUP_PROBE -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $smoke -ErrorAction SilentlyContinue
}

Write-Host ""
Write-Host "Installer: $($installer.FullName)"
Write-Host "Portable:  $($zip.FullName)"
