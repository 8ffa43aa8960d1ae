#!/usr/bin/env python3
"""Checks the product archive of every platform, as a user downloads it, and starts each one on this Linux machine.

Run by releng/org.stic.repository in `mvn verify` (skip with -Dproducts.check.skip). For each of linux/gtk/x86_64,
win32/win32/x86_64, macosx/cocoa/aarch64 and macosx/cocoa/x86_64:

0. the p2 repository holds SWT's fragment of every platform and the Linux and Windows start scripts, and its
   content.xml has the Russian names of the bundles, features and categories ungarbled (check_repository_names);
1. the archive's structure and configuration: its root folder (a `STIC Workbench.app` bundle on macOS), config.ini
   (product, application, default workspace, framework), bundles.info (every listed bundle present; SWT's fragment
   for this platform and no other, its Eclipse-PlatformFilter naming this platform; the same bundles with the same
   start levels as the Linux product apart from the platform fragments), cli.bundles.info (the command line's
   bundles, releng/cli-bundles.py: lines of bundles.info, with org.stic.cli and without org.stic.ui), the start scripts (`stic` executable on
   Linux, `stic.cmd` with CRLF line ends on Windows, `Contents/MacOS/stic` executable on macOS, passing
   -XstartOnFirstThread) and on macOS Info.plist and the .icns icon it names;
2. its OSGi resolution: the archive is unpacked under a folder with Cyrillic letters and spaces, and its headless
   command line is started with the platform forced (-Dosgi.os/-Dosgi.ws/-Dosgi.arch): `--version` must succeed,
   and `validate` on an example model (also under such a folder) must give the Linux product's exit code and
   output, so a bundle missing for one platform fails the build; on macOS through the bundle's own start script,
   for Windows with windows-1251 as Java's default charset, so that output depending on it fails too;
3. on Windows, stic.cmd run by Wine's cmd.exe (check_cmd_under_wine);
4. its workbench's resolution: the workbench application is started with the platform forced and must get as far as
   loading that platform's SWT native library (which cannot load on Linux), which needs every bundle of the workbench
   resolved and the platform's SWT fragment chosen.

Usage: verify-products.py PRODUCTS_DIR EXAMPLE_MODEL WORK_DIR
"""
import os
import plistlib
import re
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from io import BytesIO
from xml.etree import ElementTree
from pathlib import Path

PLATFORMS = [
    # os, ws, arch, archive extension, root folder, product home inside it
    ("linux", "gtk", "x86_64", "tar.gz", "stic-workbench", ""),
    ("win32", "win32", "x86_64", "zip", "stic-workbench", ""),
    ("macosx", "cocoa", "aarch64", "tar.gz", "STIC Workbench.app", "Contents/Eclipse/"),
    ("macosx", "cocoa", "x86_64", "tar.gz", "STIC Workbench.app", "Contents/Eclipse/"),
]
# Bundles that differ between platforms by design: SWT's and the launcher's native fragments.
PLATFORM_FRAGMENT = re.compile(r"^org\.eclipse\.(swt|equinox\.launcher)\.[a-z0-9]+\.[a-z0-9]+\.[a-z0-9_]+$")
# The command line's own bundle list (releng/cli-bundles.py), as the start scripts name it.
CLI_CONFIG_URL = "file:org.eclipse.equinox.simpleconfigurator/cli.bundles.info"
# A folder name with Cyrillic letters and spaces, as Windows user profiles and Russian model folders have.
AWKWARD = "Рабочий стол с пробелами"
TIMEOUT = 120

failures = []


def check(condition, where, message):
    if not condition:
        failures.append(f"{where}: {message}")
    return condition


class Archive:
    """The entries of a .zip or .tar.gz: name -> (mode or None, reader)."""

    def __init__(self, path):
        self.path = path
        self.entries = {}
        if path.name.endswith(".zip"):
            self.zip = zipfile.ZipFile(path)
            for info in self.zip.infolist():
                mode = info.external_attr >> 16
                self.entries[info.filename.rstrip("/")] = (mode or None, info)
        else:
            self.tar = tarfile.open(path, "r:gz")
            for info in self.tar.getmembers():
                self.entries[info.name.rstrip("/")] = (info.mode, info)

    def has(self, name):
        return name.rstrip("/") in self.entries

    def mode(self, name):
        return self.entries[name][0]

    def read(self, name):
        info = self.entries[name][1]
        if isinstance(info, zipfile.ZipInfo):
            return self.zip.read(info)
        return self.tar.extractfile(info).read()

    def names(self):
        return self.entries.keys()

    def extract(self, dest):
        if hasattr(self, "zip"):
            self.zip.extractall(dest)
        else:
            self.tar.extractall(dest, filter="tar") if hasattr(tarfile, "data_filter") else self.tar.extractall(dest)


def properties(text):
    """A Java .properties file as a dict (enough for config.ini: key=value lines, backslash escapes)."""
    result = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        key, _, value = line.partition("=")
        result[key.strip()] = re.sub(r"\\(.)", r"\1", value.strip())
    return result


def manifest_header(jar_bytes, header):
    with zipfile.ZipFile(BytesIO(jar_bytes)) as jar:
        text = jar.read("META-INF/MANIFEST.MF").decode("utf-8")
    text = re.sub(r"\r?\n ", "", text)
    for line in text.splitlines():
        if line.startswith(header + ":"):
            return line.split(":", 1)[1].strip()
    return None


def bundles_info(archive, home, where, file="bundles.info"):
    """{symbolic name: (version, location, start level, auto start)} of a bundle list of the product."""
    name = home + "configuration/org.eclipse.equinox.simpleconfigurator/" + file
    if not check(archive.has(name), where, f"no {name}"):
        return {}
    bundles = {}
    for line in archive.read(name).decode("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        bsn, version, location, level, auto = line.split(",")
        bundles[bsn] = (version, location, level, auto)
    return bundles


def check_structure(archive, os_, ws, arch, root, home_in_root, linux_bundles):
    where = archive.path.name
    home = f"{root}/{home_in_root}"
    outside = [n for n in archive.names() if not (n == root or n.startswith(root + "/"))]
    check(not outside, where, f"entries outside the root folder {root}/: {outside[:3]}")

    config = home + "configuration/config.ini"
    if check(archive.has(config), where, f"no {config}"):
        ini = properties(archive.read(config).decode("iso-8859-1"))
        for key, expected in [("eclipse.product", "org.stic.ui.product"),
                              ("eclipse.application", "org.stic.ui.application"),
                              ("osgi.instance.area.default", "@user.home/stic-workspace")]:
            check(ini.get(key) == expected, where, f"config.ini: {key}={ini.get(key)}, expected {expected}")
        check("org.eclipse.equinox.simpleconfigurator" in ini.get("osgi.bundles", ""), where,
              "config.ini: osgi.bundles does not start the simple configurator")
        framework = ini.get("osgi.framework", "").removeprefix("file:")
        check(archive.has(home + framework), where, f"config.ini: osgi.framework {framework} is not in the archive")

    bundles = bundles_info(archive, home, where)
    for bsn, (version, location, _, _) in bundles.items():
        check(archive.has(home + location), where, f"bundles.info names {location}, which is not in the archive")
    cli = bundles_info(archive, home, where, "cli.bundles.info")
    check("org.stic.cli" in cli and "org.stic.ui" not in cli, where, "cli.bundles.info: no org.stic.cli, or org.stic.ui")
    for bsn, entry in cli.items():
        check(bundles.get(bsn) == entry, where, f"cli.bundles.info: {bsn} {entry}, bundles.info: {bundles.get(bsn)}")
    swt = sorted(b for b in bundles if b.startswith("org.eclipse.swt.") and PLATFORM_FRAGMENT.match(b))
    expected_swt = f"org.eclipse.swt.{ws}.{os_}.{arch}"
    check(swt == [expected_swt], where, f"SWT fragments {swt}, expected exactly [{expected_swt}]")
    jars = [n for n in archive.names() if re.match(re.escape(home) + r"plugins/org\.eclipse\.swt\.[^/_]+_[^/]+\.jar$", n)]
    check(len(jars) == 1, where, f"SWT fragment jars in plugins/: {jars}")
    if expected_swt in bundles and archive.has(home + bundles[expected_swt][1]):
        platform_filter = manifest_header(archive.read(home + bundles[expected_swt][1]), "Eclipse-PlatformFilter") or ""
        for key, value in (("osgi.ws", ws), ("osgi.os", os_), ("osgi.arch", arch)):
            check(f"({key}={value})" in platform_filter.replace(" ", ""), where,
                  f"{expected_swt}: Eclipse-PlatformFilter '{platform_filter}' lacks ({key}={value})")
    if linux_bundles is not None:
        common = {b: v[2:] for b, v in bundles.items() if not PLATFORM_FRAGMENT.match(b)}
        linux = {b: v[2:] for b, v in linux_bundles.items() if not PLATFORM_FRAGMENT.match(b)}
        missing, extra = sorted(set(linux) - set(common)), sorted(set(common) - set(linux))
        check(not missing and not extra, where,
              f"bundles other than the Linux product's: missing {missing}, extra {extra}")
        levels = sorted(b for b in set(common) & set(linux) if common[b] != linux[b])
        check(not levels, where, f"start levels differing from the Linux product's: {levels}")

    if os_ == "linux":
        script = root + "/stic"
        if check(archive.has(script), where, "no start script stic"):
            check(archive.mode(script) & 0o111 == 0o111, where, f"stic is not executable ({oct(archive.mode(script))})")
        check(not archive.has(root + "/stic.cmd"), where, "stic.cmd in the Linux product")
    elif os_ == "win32":
        script = root + "/stic.cmd"
        if check(archive.has(script), where, "no start script stic.cmd"):
            text = archive.read(script)
            lines = text.split(b"\n")[:-1]
            lf_only = [i + 1 for i, line in enumerate(lines) if not line.endswith(b"\r")]
            check(text.endswith(b"\r\n") and not lf_only, where, f"stic.cmd: lines without CRLF: {lf_only[:5]}")
            check(b"-application org.stic.cli.app %*" in text, where, "stic.cmd does not pass its arguments (%*) "
                  "to the command line")
        check(not archive.has(root + "/stic"), where, "the Linux start script in the Windows product")
    else:
        check_macos_bundle(archive, arch, root, where)


def check_macos_bundle(archive, arch, root, where):
    contents = root + "/Contents/"
    plist_name = contents + "Info.plist"
    if not check(archive.has(plist_name), where, f"no {plist_name}"):
        return
    plist = plistlib.loads(archive.read(plist_name))
    version = re.search(r"stic-workbench-(\d+\.\d+\.\d+)-", where).group(1)
    for key, expected in [("CFBundlePackageType", "APPL"), ("CFBundleExecutable", "stic"),
                          ("CFBundleIdentifier", "org.stic.workbench"), ("CFBundleName", "STIC Workbench"),
                          ("CFBundleShortVersionString", version),
                          ("LSArchitecturePriority", ["arm64" if arch == "aarch64" else "x86_64"]),
                          ("NSHighResolutionCapable", True)]:
        check(plist.get(key) == expected, where, f"Info.plist: {key}={plist.get(key)!r}, expected {expected!r}")
    executable = contents + "MacOS/" + str(plist.get("CFBundleExecutable"))
    if check(archive.has(executable), where, f"no {executable}"):
        check(archive.mode(executable) & 0o111 == 0o111, where, f"{executable} is not executable")
        text = archive.read(executable).decode("utf-8")
        check(text.startswith("#!/usr/bin/env bash\n"), where, f"{executable} is not a bash script")
        check("-XstartOnFirstThread" in text, where, f"{executable} does not pass -XstartOnFirstThread")
    icon = contents + "Resources/" + str(plist.get("CFBundleIconFile"))
    if check(archive.has(icon), where, f"no {icon}"):
        data = archive.read(icon)
        check(data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data), where,
              f"{icon}: not an icns file")
        types, offset = [], 8
        while offset + 8 <= len(data):
            kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
            check(data[offset + 8:offset + 16] == b"\x89PNG\r\n\x1a\n", where, f"{icon}: {kind} holds no PNG")
            types.append(kind.decode("ascii"))
            offset += max(length, 8)
        check({"ic07", "ic08", "ic09"} <= set(types), where, f"{icon}: images {types}, needs 128-512 px (ic07-ic09)")


def run(cmd, env, where, what, cwd=None):
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                           timeout=TIMEOUT, cwd=cwd)
    except subprocess.TimeoutExpired:
        check(False, where, f"{what}: no end within {TIMEOUT} s")
        return None
    return p


def forced_java(home, os_, ws, arch, config, application_args, java, encoding="UTF-8"):
    """The java command line that stic.cmd runs (forced to the platform), for platforms whose script cannot run here;
    the command line with its own bundles only, as stic.cmd starts it."""
    launcher = sorted(Path(home, "plugins").glob("org.eclipse.equinox.launcher_*.jar"))[-1]
    cli = ["-Dorg.eclipse.equinox.simpleconfigurator.configUrl=" + CLI_CONFIG_URL] if "org.stic.cli.app" in application_args else []
    return [java, f"-Dosgi.os={os_}", f"-Dosgi.ws={ws}", f"-Dosgi.arch={arch}", "-Dosgi.checkConfiguration=false",
            f"-Dosgi.sharedConfiguration.area={home}/configuration", "-Dosgi.configuration.cascaded=true",
            f"-Dfile.encoding={encoding}"] + cli + ["-Djava.awt.headless=true", "-jar", str(launcher), "-configuration",
            str(config), "-nosplash"] + application_args


def java_program():
    home = os.environ.get("JAVA_HOME")
    return shutil.which("java", path=str(Path(home, "bin"))) if home else shutil.which("java")


def check_runtime(archive, os_, ws, arch, root, home_in_root, work, model, oracle):
    where = archive.path.name + " (started here)"
    dest = work / AWKWARD / f"{os_}.{ws}.{arch}"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    archive.extract(dest)
    home = dest / root / home_in_root
    env = dict(os.environ, STIC_CONFIG_HOME=str(work / "config" / f"{os_}.{arch}"), LC_ALL="C.UTF-8")
    env.pop("STIC_VMARGS", None)
    forced = f"-Dosgi.os={os_} -Dosgi.ws={ws} -Dosgi.arch={arch}"
    java = java_program()

    def cli(args):
        if os_ == "win32":
            # With the default charset Java 17 has on a Russian Windows (stic.cmd sets UTF-8; this run does not), so
            # that any reading or writing that depends on the default charset shows as a difference from Linux.
            return forced_java(home, os_, ws, arch, work / "config" / "win32-cli",
                               ["-data", "@none", "-application", "org.stic.cli.app"] + args, java, "windows-1251")
        script = dest / root / ("stic" if os_ == "linux" else "Contents/MacOS/stic")
        return [str(script)] + args

    if os_ != "linux":
        env["STIC_VMARGS"] = forced
    results = {}
    for name, args in (("--version", ["--version"]), ("validate", ["validate", str(model)])):
        p = run(cli(args), env, where, name)
        if p is None:
            continue
        results[name] = (p.returncode, p.stdout, p.stderr)
        if name == "--version":
            check(p.returncode == 0 and re.match(r"stic \d+\.\d+\.\d+", p.stdout), where,
                  f"--version: exit {p.returncode}, output {p.stdout.strip()!r} {p.stderr.strip()[-500:]!r}")
        else:
            check(p.returncode in (0, 1) and model.name in p.stdout, where,
                  f"validate: exit {p.returncode}, {p.stdout.strip()[-300:]!r} {p.stderr.strip()[-500:]!r}")
            if oracle is not None:
                check(results[name] == oracle, where, f"validate gave {results[name]!r}; the Linux product gave {oracle!r}")

    if os_ != "linux":
        # The workbench: start it with the platform forced until SWT tries to load that platform's native library.
        workspace = work / AWKWARD / f"workspace-{os_}.{arch}"
        shutil.rmtree(workspace, ignore_errors=True)
        cmd = forced_java(home, os_, ws, arch, work / "config" / f"{os_}.{arch}-workbench",
                          ["-data", str(workspace)], java)
        cmd.remove("-Djava.awt.headless=true")
        p = run(cmd, dict(env, STIC_VMARGS=""), where, "workbench")
        if p is not None:
            log = workspace / ".metadata" / ".log"
            text = p.stdout + p.stderr + (log.read_text("utf-8", "replace") if log.exists() else "")
            native = f"swt-{ws}"
            check("UnsatisfiedLinkError" in text and native in text and "PlatformUI.createDisplay" in text, where,
                  f"workbench: did not reach loading SWT's {native} library (exit {p.returncode}): {text[-800:]!r}")
    return results.get("validate")


WINE_JAVA = """#!/bin/bash
# Stands for java.exe when Wine's cmd runs stic.cmd: Wine starts it as a Unix program with the Windows arguments.
# It records them, turns Z:\\ paths back into Unix ones and runs this machine's Java with the platform forced. Wine's
# cmd neither waits for a Unix program nor gets its exit status, so output and status go to files, the status last.
printf '%s\\n' "$@" > '{run}/arguments.txt'
args=()
for a in "$@"; do
    if [[ $a == *'Z:\\'* ]]; then
        head=${{a%%Z:\\\\*}}
        tail=${{a#*Z:\\\\}}
        a="$head/${{tail//\\\\//}}"
    fi
    args+=("$a")
done
status=0
'{java}' -Dosgi.os=win32 -Dosgi.ws=win32 -Dosgi.arch=x86_64 "${{args[@]}}" >'{run}/stdout.txt' 2>'{run}/stderr.txt' || status=$?
echo "$status" >'{run}/status.tmp'
mv '{run}/status.tmp' '{run}/status.txt'
"""


def wine_program():
    for candidate in (shutil.which("wine64"), "/usr/lib/wine/wine64", shutil.which("wine")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def windows_path(path):
    return "Z:" + str(path).replace("/", "\\")


def check_cmd_under_wine(product, work, model, oracle, java):
    """
    stic.cmd run by a real cmd interpreter, Wine's (Debian package wine64), with a stand-in java.exe: the arguments
    it passes on (spaces, Cyrillic, '=', ';', '&', '!', '^' intact), the Java it finds through JAVA_HOME and the
    runtime's release file, and the command's exit status and output, which must be the Linux product's. How stic.cmd
    hands the status on (exit /b) cannot be checked this way: Wine's cmd neither waits for a Unix program nor gets its
    exit status.
    """
    where = "stic.cmd under Wine's cmd"
    wine = wine_program()
    if not check(wine is not None, where, "Wine is not installed: install the Debian package wine64 (.ci/run does), "
                 "or skip these checks with -Dproducts.check.skip"):
        return
    stand_in = work / "wine-java"
    (stand_in / "bin").mkdir(parents=True)
    runs = stand_in / "run"
    runs.mkdir()
    real_home = Path(java).resolve().parent.parent
    version = next(line for line in (real_home / "release").read_text().splitlines() if line.startswith("JAVA_VERSION="))
    (stand_in / "release").write_text(version + "\n")
    exe = stand_in / "bin" / "java.exe"
    exe.write_text(WINE_JAVA.format(run=runs, java=Path(java).resolve()))
    exe.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "STIC_JAVA", "STIC_VMARGS", "JAVA_HOME")}
    env.update(WINEPREFIX=str(work / "wine-prefix"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=",
               LC_ALL="C.UTF-8", JAVA_HOME=windows_path(stand_in), STIC_CONFIG_HOME=windows_path(work / "config" / "wine"))
    # Started from the product's folder by its plain name: `cmd /c "C:\\a b\\stic.cmd" "x y"` would lose its first and
    # last quote to cmd's /c rule (a caller's concern on Windows too: `cmd /c ""C:\\a b\\stic.cmd" "x y""`).
    script = "stic.cmd"

    def stic_cmd(cmd, what):
        """(arguments after -application org.stic.cli.app, all java arguments, exit status, stdout) of one run."""
        for f in runs.iterdir():
            f.unlink()
        if run(cmd, env, where, what, cwd=product) is None:
            return None
        status = runs / "status.txt"
        deadline = time.monotonic() + TIMEOUT
        while not status.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not check(status.exists(), where, f"{what}: java was not started, or did not end within {TIMEOUT} s"):
            return None
        lines = (runs / "arguments.txt").read_text("utf-8").splitlines()
        passed = lines[lines.index("org.stic.cli.app") + 1:] if "org.stic.cli.app" in lines else lines
        return passed, lines, int(status.read_text()), (runs / "stdout.txt").read_text("utf-8", "replace")

    result = stic_cmd([wine, "cmd", "/c", script, "validate", windows_path(model)], "validate")
    if result:
        passed, lines, status, out = result
        check(passed == ["validate", windows_path(model)], where, f"validate: java got {passed}")
        check(oracle is None or (status, out) == oracle[:2], where,
              f"validate gave {(status, out)!r}; the Linux product gave {oracle and oracle[:2]!r}")
        for expected in ("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-jar", "-nosplash",
                         "-Dorg.eclipse.equinox.simpleconfigurator.configUrl=" + CLI_CONFIG_URL):
            check(expected in lines, where, f"java was not given {expected}: {lines}")

    # From a batch file, quoted as a user types them: cmd's metacharacters inside quotes are plain text.
    typed = ["a b", "x=y", "p;q", "R&D", "!bang", "caret^"]
    driver = product / "typed-arguments.cmd"
    driver.write_bytes(('@"%~dp0stic.cmd" validate ' + " ".join(f'"{a}"' for a in typed) + "\r\n").encode("ascii"))
    result = stic_cmd([wine, "cmd", "/c", driver.name], "arguments typed in a batch file")
    if result:
        check(result[0] == ["validate"] + typed, where, f"java got {result[0]}, expected {['validate'] + typed}")
        check(result[2] == 2, where, f"validate with files that do not exist: exit {result[2]}, expected 2")
    # From another program's argument list (Wine quotes those with spaces), with Cyrillic letters.
    listed = ["validate", "Кластер «Юг» 2026.stic", "x=y", "p;q", "!bang"]
    result = stic_cmd([wine, "cmd", "/c", script] + listed, "arguments listed by another program")
    if result:
        check(result[0] == listed, where, f"java got {result[0]}, expected {listed}")
    driver.unlink()
    check_cmd_messages_under_wine(product / script, work, wine, env)


def check_cmd_messages_under_wine(script, work, wine, env):
    """
    stic.cmd's own messages (a broken installation, no Java 17) in the run's language, as on Linux (StartScriptTest):
    --lang, STIC_LANG, then Windows' regional format, which Wine takes from the Unix locale. Run by Wine's cmd on
    copies of the product's script placed where a product is broken. The Russian lines are in code page 866, which
    Wine's cmd reads them in under a Russian locale (its OEM code page) and writes redirected output in its ANSI one,
    1251; Wine's chcp cannot switch code pages, so a Russian message under another Wine locale cannot be shown here.
    """
    where = "stic.cmd's messages under Wine's cmd"
    broken = work / "wine-broken"
    no_plugins = broken / "no-plugins"
    launcher_only = broken / "launcher-only"
    for folder in (no_plugins, launcher_only):
        folder.mkdir(parents=True)
        shutil.copyfile(script, folder / "stic.cmd")
    (launcher_only / "plugins").mkdir()
    (launcher_only / "plugins" / "org.eclipse.equinox.launcher_1.6.900.jar").write_bytes(b"")
    russian_locale = {"LC_ALL": "ru_RU.UTF-8", "LANG": "ru_RU.UTF-8"}
    no_launcher_ru = "stic: в папке plugins рядом с этим файлом нет загрузчика Equinox: установка повреждена"
    no_launcher_en = "stic: no Equinox launcher in the plugins folder beside this script: broken installation"
    cases = [
        (no_plugins, russian_locale, ["--help"], no_launcher_ru, "Russian locale"),
        (no_plugins, {}, ["--help"], no_launcher_en, "C locale"),
        (no_plugins, dict(russian_locale, STIC_LANG="en"), ["--help"], no_launcher_en, "STIC_LANG before the locale"),
        (no_plugins, russian_locale, ["--lang", "en", "--help"], no_launcher_en, "--lang before the locale"),
        (no_plugins, dict(russian_locale, STIC_LANG="en"), ["--lang", "ru", "--help"], no_launcher_ru,
         "--lang before STIC_LANG"),
        (launcher_only, dict(russian_locale, STIC_JAVA="Z:\\nowhere\\java.exe"), ["--help"],
         "stic: STIC_JAVA=Z:\\nowhere\\java.exe не является Java 17 или новее", "STIC_JAVA not a Java"),
        (launcher_only, russian_locale, ["--help"], "stic: не найдена Java 17 или новее (JAVA_HOME, PATH, реестр, "
         "Program Files): установите ее, например Eclipse Temurin 17 с https://adoptium.net, или укажите ее java.exe "
         "в STIC_JAVA", "no Java"),
    ]
    for folder, extra, args, expected, what in cases:
        run_env = {k: v for k, v in env.items() if k not in ("JAVA_HOME", "STIC_LANG")}
        run_env.update(extra)
        try:
            p = subprocess.run([wine, "cmd", "/c", "stic.cmd"] + args, env=run_env, capture_output=True,
                               timeout=TIMEOUT, cwd=folder)
        except subprocess.TimeoutExpired:
            check(False, where, f"{what}: no end within {TIMEOUT} s")
            continue
        said = p.stderr.decode("cp1251" if "LC_ALL" in extra else "ascii", "replace").strip()
        check((p.returncode, said) == (1, expected), where,
              f"{what}: exit {p.returncode}, said {said!r}; expected exit 1 and {expected!r}")


def check_repository(repository):
    """The p2 repository installs on every platform: SWT's fragment of each, the start script of Linux and Windows."""
    where = f"p2 repository {repository}"
    plugins = [p.name for p in (repository / "plugins").glob("*.jar")]
    binaries = [p.name for p in (repository / "binary").glob("*")]
    for os_, ws, arch, *_ in PLATFORMS:
        check(any(p.startswith(f"org.eclipse.swt.{ws}.{os_}.{arch}_") for p in plugins), where,
              f"no SWT fragment for {os_}/{ws}/{arch}")
    for config in ("gtk.linux.x86_64", "win32.win32.x86_64"):
        check(any(b.startswith(f"org.stic.feature_root.{config}_") for b in binaries), where,
              f"no start script (root files) for {config}")


# Text that was UTF-8 read as ISO-8859-1: C1 controls, or Cyrillic's lead bytes 0xD0/0xD1 before a continuation byte.
MOJIBAKE = re.compile("[\u0080-\u009f]|[\u00d0\u00d1][\u0080-\u00bf]")


def check_repository_names(repository):
    """
    The names p2 shows in its install dialogs, as the repository's content.xml holds them: every STIC unit's Russian
    texts (bundle, feature and category names) read right, since p2 reads the properties files as ISO-8859-1; and a
    few of them exactly, as a Russian user sees them.
    """
    where = f"p2 repository {repository}/content.jar"
    with zipfile.ZipFile(repository / "content.jar") as jar:
        root = ElementTree.fromstring(jar.read("content.xml"))
    units = {}
    for unit in root.iter("unit"):
        props = {p.get("name"): p.get("value") for p in unit.iter("property")}
        if unit.get("id").startswith("org.stic.") or props.get("org.eclipse.equinox.p2.type.category") == "true":
            units[unit.get("id")] = props
    for unit, props in sorted(units.items()):
        for name, value in props.items():
            check(not (name.startswith("ru.") and MOJIBAKE.search(value)), where,
                  f"{unit}: {name} is garbled ({value[:40]!r}): write its properties file as \\u escapes")

    def russian(unit_id):
        props = units.get(unit_id, {})
        name = props.get("org.eclipse.equinox.p2.name", "")
        return props.get("ru." + name[1:]) if name.startswith("%") else None

    for unit_id, expected in (("org.stic.model", "Метамодель STIC"), ("org.stic.cli", "Командная строка STIC"),
                              ("org.stic.sirius.feature.feature.group", "Бизнес-модель кластера STIC для Sirius")):
        check(russian(unit_id) == expected, where, f"{unit_id}: Russian name {russian(unit_id)!r}, expected {expected!r}")
    categories = sorted(russian(u) or "" for u, p in units.items()
                        if p.get("org.eclipse.equinox.p2.type.category") == "true")
    check(categories == ["STIC Workbench", "Бизнес-модель кластера STIC для Sirius 7.x"], where,
          f"the categories' Russian labels are {categories} (category.xml's %keys, site_ru.properties)")


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__.rsplit("\n\n", 1)[1])
    products, model, work = Path(argv[1]), Path(argv[2]), Path(argv[3])
    shutil.rmtree(work, ignore_errors=True)
    awkward_model = work / AWKWARD / "Модели кластеров" / ("Кластер " + model.name)
    awkward_model.parent.mkdir(parents=True)
    shutil.copyfile(model, awkward_model)

    archives = {}
    for os_, ws, arch, ext, root, home in PLATFORMS:
        found = sorted(products.glob(f"stic-workbench-*-{os_}.{ws}.{arch}.{ext}"))
        if check(len(found) == 1, str(products), f"expected one {os_}.{ws}.{arch}.{ext} archive, found {found}"):
            archives[(os_, ws, arch)] = Archive(found[0])
    check_repository(products.parent / "repository")
    check_repository_names(products.parent / "repository")
    linux = archives.get(("linux", "gtk", "x86_64"))
    linux_bundles = bundles_info(linux, "stic-workbench/", linux.path.name) if linux else None
    oracle = None
    for os_, ws, arch, ext, root, home in PLATFORMS:
        archive = archives.get((os_, ws, arch))
        if archive is None:
            continue
        check_structure(archive, os_, ws, arch, root, home, None if os_ == "linux" else linux_bundles)
        validate = check_runtime(archive, os_, ws, arch, root, home, work, awkward_model, oracle)
        if os_ == "linux":
            oracle = validate
        if os_ == "win32":
            check_cmd_under_wine(work / AWKWARD / f"{os_}.{ws}.{arch}" / root, work, awkward_model, oracle,
                                 java_program())
        print(f"verify-products: {archive.path.name} checked")
    if failures:
        print("verify-products: FAILED", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        sys.exit(1)
    # The unpacked products and Wine's prefix take about 1 GB: kept only when something failed, to look into it.
    shutil.rmtree(work / AWKWARD, ignore_errors=True)
    shutil.rmtree(work / "wine-prefix", ignore_errors=True)
    print(f"verify-products: {len(archives)} product archives passed")


if __name__ == "__main__":
    main(sys.argv)
