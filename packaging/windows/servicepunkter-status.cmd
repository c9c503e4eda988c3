@echo off
rem A desktop icon for the officer: the list of every service point in plain Swedish.
rem IT replaces FLEET_SOURCE with the upload address or folder (see docs/fleet.md) and puts
rem a shortcut to this file on her desktop.
chcp 65001 >nul
title Servicepunkter
"C:\Program Files\Servicepunkt Kiosk\kiosk.exe" fleet status "FLEET_SOURCE" --config "C:\ProgramData\Servicepunkt Kiosk\fleet.toml" --data-dir "C:\ProgramData\Servicepunkt Kiosk\fleet"
echo.
pause
