<#
.SYNOPSIS
    Install the municipality's publisher on the officer's Windows 10/11 PC, with a Start-menu entry.

.DESCRIPTION
    Copies the built bundle (dist\servicepunkt-kiosk from packaging\build.py, built on Windows)
    to "C:\Program Files\Servicepunkt Kiosk" and adds "Servicepunkter - publicering" to the
    Start menu for every user of the PC; it starts kiosk-publisher.exe (no console window).
    Nothing of the kiosk itself is set up: no scheduled task, no kiosk account, no kiosk.toml.
    The signing key and the upload password are made by the program's first-run assistant and
    stay with the officer's Windows account. Safe to run again. Run it as Administrator.

.EXAMPLE
    .\install-publisher.ps1 -Bundle ..\..\dist\servicepunkt-kiosk
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Bundle,
    [string]$SourceFolder = ""
)
$ErrorActionPreference = "Stop"

$Program = "C:\Program Files\Servicepunkt Kiosk"
$Exe = Join-Path $Program "kiosk-publisher.exe"

if (-not (Test-Path (Join-Path $Bundle "kiosk-publisher.exe"))) {
    throw "$Bundle has no kiosk-publisher.exe: build it on Windows with: python packaging\build.py"
}

# The program: a fresh copy, swapped in whole (a kiosk on the same PC is stopped first).
Get-ScheduledTask -TaskName "Servicepunkt Kiosk" -ErrorAction SilentlyContinue | Stop-ScheduledTask
$New = "$Program.new"
if (Test-Path $New) { Remove-Item -Recurse -Force $New }
Copy-Item -Recurse $Bundle $New
if (Test-Path $Program) { Remove-Item -Recurse -Force $Program }
Rename-Item $New (Split-Path $Program -Leaf)

# The Start-menu entry for all users; a source folder given here opens at every start.
$Menu = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs"
$Shell = New-Object -ComObject WScript.Shell
$Link = $Shell.CreateShortcut((Join-Path $Menu "Servicepunkter - publicering.lnk"))
$Link.TargetPath = $Exe
if ($SourceFolder) { $Link.Arguments = '"' + $SourceFolder + '"' }
$Link.WorkingDirectory = $Program
$Link.Description = "Innehåll, förhandsvisning och publicering för servicepunkternas kiosker"
$Link.IconLocation = "$Exe,0"
$Link.Save()
Write-Host "installed $Exe and the Start-menu entry 'Servicepunkter - publicering'"
