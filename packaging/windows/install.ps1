<#
.SYNOPSIS
    Install Servicepunkt Kiosk on Windows 10/11: program, configuration, start at logon.

.DESCRIPTION
    Copies the built bundle (dist\servicepunkt-kiosk from packaging\build.py, built on Windows)
    to "C:\Program Files\Servicepunkt Kiosk", writes "C:\ProgramData\Servicepunkt Kiosk\kiosk.toml"
    when it does not exist yet, gives the kiosk account write access to the data folder, and
    registers the scheduled task "Servicepunkt Kiosk" (servicepunkt-kiosk-task.xml) that starts
    `kiosk.exe supervise` at the account's logon. Safe to run again. Run it as Administrator.
    See docs\deploy.md, including Assigned Access (Pro) and Shell Launcher (Enterprise).

.EXAMPLE
    .\install.ps1 -Bundle ..\..\dist\servicepunkt-kiosk -KioskUser kiosk -ServicePoint bjorna `
        -FeedUrl https://example.se/kiosk/manifest.json -UploadUrl https://example.se/dav/servicepunkt
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Bundle,
    [Parameter(Mandatory = $true)][string]$KioskUser,
    [string]$ServicePoint = "",
    [string]$FeedUrl = "",
    [string[]]$PublicKey = @(),
    [string]$UploadUrl = "",
    [switch]$ForceConfig
)
$ErrorActionPreference = "Stop"

$Program = "C:\Program Files\Servicepunkt Kiosk"
$Base = "C:\ProgramData\Servicepunkt Kiosk"
$Data = Join-Path $Base "data"
$Config = Join-Path $Base "kiosk.toml"

if (-not (Test-Path (Join-Path $Bundle "kiosk.exe"))) {
    throw "$Bundle has no kiosk.exe: build it on Windows with: python packaging\build.py"
}
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
    throw "there is no local account '$KioskUser': create it first (see docs\deploy.md)"
}

# The program: a fresh copy, swapped in whole.
Get-ScheduledTask -TaskName "Servicepunkt Kiosk" -ErrorAction SilentlyContinue | Stop-ScheduledTask
$New = "$Program.new"
if (Test-Path $New) { Remove-Item -Recurse -Force $New }
Copy-Item -Recurse $Bundle $New
if (Test-Path $Program) { Remove-Item -Recurse -Force $Program }
Rename-Item $New (Split-Path $Program -Leaf)

# The data folder: written by the kiosk account only (and administrators).
New-Item -ItemType Directory -Force -Path $Data | Out-Null
& icacls $Data /grant "${KioskUser}:(OI)(CI)M" | Out-Null

function TomlString([string]$Text) {
    '"' + $Text.Replace('\', '\\').Replace('"', '\"') + '"'
}

if ((Test-Path $Config) -and -not $ForceConfig) {
    Write-Host "keeping $Config (use -ForceConfig to write it again)"
} else {
    if (Test-Path $Config) { Copy-Item $Config "$Config.bak" -Force }
    $Keys = ($PublicKey | ForEach-Object { TomlString $_ }) -join ", "
    $Lines = @(
        "# Servicepunkt Kiosk: every setting is described in docs\deploy.md.",
        "service_point = $(TomlString $ServicePoint)",
        "feed_url = $(TomlString $FeedUrl)",
        "feed_public_keys = [$Keys]",
        "upload_url = $(TomlString $UploadUrl)",
        'nightly_restart = "03:30"'
    )
    # UTF-8 without a byte order mark: TOML readers expect plain UTF-8.
    [System.IO.File]::WriteAllLines($Config, $Lines, (New-Object System.Text.UTF8Encoding $false))
    Write-Host "wrote $Config"
}

# The scheduled task: at the kiosk account's logon, restarted on failure.
$Xml = Get-Content -Raw (Join-Path $PSScriptRoot "servicepunkt-kiosk-task.xml")
$Xml = $Xml.Replace("KIOSK_USER", "$env:COMPUTERNAME\$KioskUser")
Register-ScheduledTask -TaskName "Servicepunkt Kiosk" -Xml $Xml -Force | Out-Null
Write-Host "registered the scheduled task 'Servicepunkt Kiosk' for $KioskUser"

$env:QT_QPA_PLATFORM = "offscreen"
& (Join-Path $Program "kiosk.exe") self-test
if ($LASTEXITCODE -ne 0) { throw "the installed kiosk's self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM
Write-Host "installed. Next: set the PIN, then log on as $KioskUser (see docs\deploy.md)"
