@echo off
rem STIC Workbench start script for Windows, at the product's root (Maven Central has no native Eclipse launcher).
rem Same arguments, environment variables and exit codes as `stic` on Linux and macOS:
rem
rem   stic.cmd            open the workbench
rem   stic.cmd ARGS...    run the headless command line org.stic.cli.app, e.g. `stic.cmd --help`; exit codes:
rem                       0 ok, 1 failure, 2 usage error; output in UTF-8 (the console is switched to code page
rem                       65001 for the run and back afterwards)
rem
rem Environment:
rem   STIC_JAVA         the java.exe to run (default: the first Java 17+ of JAVA_HOME, PATH, the registry's
rem                     JavaSoft, Eclipse Adoptium, Microsoft, Azul Zulu and BellSoft entries, then Program Files)
rem   STIC_WORKSPACE    workspace folder of the workbench (default: %USERPROFILE%\stic-workspace, from config.ini)
rem   STIC_CONFIG_HOME  where OSGi configuration areas are kept (default: %LOCALAPPDATA%\STIC\config)
rem   STIC_VMARGS       extra JVM options, e.g. "-Xmx4g"
rem   STIC_LANG         ru or en: the language of the workbench (as -nl) and of the command line (its default for
rem                     --lang); default: the workbench's language preference (%STIC_CONFIG_HOME%\language)
rem
rem Written for cmd.exe: no parenthesised block expands the product's path (a ")" in "Program Files (x86)" would
rem end it), delayed expansion stays off (it would eat "!" in arguments), the arguments are passed on as %*, and
rem only cmd's own commands parse text (no findstr), so that Wine's cmd runs it too (releng/verify-products.py).
rem
rem Encoding: ASCII, but for this script's Russian messages at its end, which are in code page 866 (Cyrillic, the
rem OEM code page of Russian Windows): cmd decodes each line of a batch file in the console's code page as it reads
rem it, so the script switches the console to 866 while it prints them and back afterwards. Edit those lines in
rem code page 866 only (an editor saving them as UTF-8 breaks them; verify-products.py reads them back under Wine).
setlocal EnableExtensions DisableDelayedExpansion

rem ---- The language of this script's own messages ------------------------------------------------------------
rem Chosen as the command line chooses its own: --lang, STIC_LANG (or the workbench's language preference), then
rem Windows' regional format (HKCU\Control Panel\International, LocaleName); English unless that is Russian.
set "config_home=%LOCALAPPDATA%\STIC\config"
if defined STIC_CONFIG_HOME set "config_home=%STIC_CONFIG_HOME%"
rem The language chosen in the workbench's preferences (applied on restart): a file holding "ru", "en" or nothing.
set "language_file=%config_home%\language"
if not defined STIC_LANG if exist "%language_file%" set /p STIC_LANG=<"%language_file%"
if defined STIC_LANG set "STIC_LANG=%STIC_LANG:~0,2%"
set "message_language="
if defined STIC_LANG set "message_language=%STIC_LANG%"
call :language_argument %*
if not defined message_language for /f "tokens=3" %%L in ('reg query "HKCU\Control Panel\International" /v LocaleName 2^>nul') do set "message_language=%%L"
set "russian="
if defined message_language if /i "%message_language:~0,2%"=="ru" set "russian=1"

set "here=%~dp0"
set "here=%here:~0,-1%"
set "launcher="
if not exist "%here%\plugins\" goto :no_launcher
pushd "%here%\plugins"
for %%L in (org.eclipse.equinox.launcher_*.jar) do set "launcher=%here%\plugins\%%L"
popd
if not defined launcher goto :no_launcher

rem ---- Finding Java 17 or later -------------------------------------------------------------------------------
set "java="
if not defined STIC_JAVA goto :search_java
call :try_java "%STIC_JAVA%"
if defined java goto :java_found
if defined russian goto :bad_stic_java_ru
>&2 echo stic: STIC_JAVA=%STIC_JAVA% is not a Java 17 or later
exit /b 1

:search_java
if defined JAVA_HOME call :try_java "%JAVA_HOME%\bin\java.exe"
if defined java goto :java_found
for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :try_java "%%~$PATH:J"
if defined java goto :java_found
for %%K in ("HKLM\SOFTWARE\JavaSoft\JDK" "HKLM\SOFTWARE\JavaSoft\JRE") do call :try_registry %%K JavaHome
for %%K in ("HKLM\SOFTWARE\Eclipse Adoptium" "HKLM\SOFTWARE\Microsoft\JDK" "HKLM\SOFTWARE\BellSoft") do call :try_registry %%K Path
call :try_registry "HKLM\SOFTWARE\Azul Systems\Zulu" InstallationPath
if defined java goto :java_found
for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\Java\*") do call :try_java "%%~fD\bin\java.exe"
if defined java goto :java_found
if defined russian goto :no_java_ru
>&2 echo stic: no Java 17 or later found (JAVA_HOME, PATH, the registry, Program Files): install one, e.g. Eclipse Temurin 17 from https://adoptium.net, or set STIC_JAVA to its java.exe
exit /b 1

:java_found
rem ---- The OSGi configuration area ----------------------------------------------------------------------------
rem Outside the product (which may be read-only), one per product location and bundle set, as on Linux: the key is
rem a hash of the product's path and its bundles.info, so a rebuilt or moved product never starts from a stale cache.
set "bundles_info=%here%\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
if not exist "%config_home%" mkdir "%config_home%"
set "keyfile=%config_home%\key-%RANDOM%%RANDOM%.tmp"
rem Delayed expansion for this line only: "&" or ")" in the path are then written, not parsed.
setlocal EnableDelayedExpansion
> "!keyfile!" echo(!here!
endlocal
type "%bundles_info%" >> "%keyfile%" 2>nul
set "key="
for /f "skip=1 delims=" %%H in ('certutil -hashfile "%keyfile%" MD5 2^>nul') do if not defined key set "key=%%H"
del "%keyfile%" 2>nul
if defined key set "key=%key: =%"
rem A message (certutil failed) is no hash: it has a ":".
if defined key if not "%key::=%"=="%key%" set "key="
rem Without certutil every product shares one area that Equinox checks on each start.
set "check=false"
if not defined key (
    set "key=shared"
    set "check=true"
)
set "config=%config_home%\%key%"

set "nl="
if defined STIC_LANG set "nl=-nl %STIC_LANG%"

set "vmargs="-Dstic.languageFile=%language_file%" -Dosgi.checkConfiguration=%check% "-Dosgi.sharedConfiguration.area=%here%\configuration" -Dosgi.configuration.cascaded=true"
set "vmargs=%vmargs% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
set "vmargs=%vmargs% -Xshare:auto -Xms1g -Xmx4g"

if "%~1"=="" goto :workbench

rem ---- Headless command line ----------------------------------------------------------------------------------
rem Its output is UTF-8: the console shows it in code page 65001, restored afterwards so the caller's console is
rem left as it was. The exit code is the command's. Only the command line's own bundles are started, without the
rem workbench's user interface (the list written by releng/cli-bundles.py, read from the shared configuration area).
set "cli_bundles="
if exist "%here%\configuration\org.eclipse.equinox.simpleconfigurator\cli.bundles.info" set "cli_bundles=-Dorg.eclipse.equinox.simpleconfigurator.configUrl=file:org.eclipse.equinox.simpleconfigurator/cli.bundles.info"
call :console_code_page oldcp
if defined oldcp if not "%oldcp%"=="65001" chcp 65001 >nul
"%java%" %vmargs% %cli_bundles% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %STIC_VMARGS% -Djava.awt.headless=true -jar "%launcher%" -configuration "%config%\cli" -nosplash -data @none -application org.stic.cli.app %*
set "rc=%ERRORLEVEL%"
if defined oldcp if not "%oldcp%"=="65001" chcp %oldcp% >nul
endlocal & exit /b %rc%

:workbench
rem ---- The workbench, in its own window: javaw has no console, and this script returns at once -------------------
set "javaw=%java:java.exe=javaw.exe%"
if not exist "%javaw%" set "javaw=%java%"
set "data="
if defined STIC_WORKSPACE set data=-data "%STIC_WORKSPACE%"
start "STIC Workbench" "%javaw%" %vmargs% -XX:+UseParallelGC %STIC_VMARGS% -jar "%launcher%" -configuration "%config%\workbench" -nosplash %nl% %data%
endlocal & exit /b 0

:no_launcher
if defined russian goto :no_launcher_ru
>&2 echo stic: no Equinox launcher in the plugins folder beside this script: broken installation
exit /b 1

rem ---- Subroutines --------------------------------------------------------------------------------------------
rem :try_java "path\to\java.exe": sets java when it exists and is a Java 17 or later. The version comes from the
rem runtime's release file (JAVA_VERSION="17.0.9"), else from `java -version`.
:try_java
if defined java exit /b 0
if not exist "%~1" exit /b 0
set "version="
if exist "%~dp1..\release" for /f "usebackq tokens=1,* delims==" %%A in ("%~dp1..\release") do if "%%A"=="JAVA_VERSION" set "version=%%~B"
rem `java -version` starts with e.g.: openjdk version "17.0.9" 2023-10-17
if not defined version for /f "tokens=1-3" %%A in ('call "%~1" -version 2^>^&1') do if /i "%%B"=="version" if not defined version set "version=%%~C"
if not defined version exit /b 0
if "%version:~0,2%"=="1." set "version=%version:~2%"
set "major="
for /f "delims=.+-_" %%M in ("%version%") do set "major=%%M"
if not defined major exit /b 0
if %major% GEQ 17 set "java=%~f1"
exit /b 0

rem :try_registry "HKLM\...\key" ValueName: tries the java.exe under each home folder named in the key's subkeys.
:try_registry
if defined java exit /b 0
for /f "tokens=2,*" %%A in ('reg query "%~1" /s /v %2 2^>nul') do if "%%A"=="REG_SZ" call :try_java "%%~B\bin\java.exe"
exit /b 0

rem :language_argument ARGS...: sets message_language to the value after --lang, if the arguments have one.
:language_argument
if "%~1"=="" exit /b 0
if /i "%~1"=="--lang" set "message_language=%~2"
shift
goto :language_argument

rem :console_code_page NAME: sets NAME to the console's code page ("Active code page: 866."), empty without one.
:console_code_page
set "%1="
for /f "tokens=2 delims=:" %%C in ('chcp') do set "%1=%%C"
if defined %1 call set "%1=%%%1: =%%"
if defined %1 call set "%1=%%%1:.=%%"
exit /b 0

rem ---- Russian messages (code page 866; terms: docs/glossary.md) -----------------------------------------------
rem Each switches the console to 866 before cmd reads its line, and back afterwards.
:no_launcher_ru
call :console_code_page message_cp
chcp 866 >nul 2>&1
>&2 echo stic: в папке plugins рядом с этим файлом нет загрузчика Equinox: установка повреждена
if defined message_cp chcp %message_cp% >nul 2>&1
exit /b 1

:bad_stic_java_ru
call :console_code_page message_cp
chcp 866 >nul 2>&1
>&2 echo stic: STIC_JAVA=%STIC_JAVA% не является Java 17 или новее
if defined message_cp chcp %message_cp% >nul 2>&1
exit /b 1

:no_java_ru
call :console_code_page message_cp
chcp 866 >nul 2>&1
>&2 echo stic: не найдена Java 17 или новее (JAVA_HOME, PATH, реестр, Program Files): установите ее, например Eclipse Temurin 17 с https://adoptium.net, или укажите ее java.exe в STIC_JAVA
if defined message_cp chcp %message_cp% >nul 2>&1
exit /b 1
