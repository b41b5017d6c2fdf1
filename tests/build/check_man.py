#!/usr/bin/env python3
"""check_man.py CAMPAIGN MAN_PAGE: campaign(1) and `campaign help COMMAND`
say the same. Every command `campaign --help` lists has a section in the
page (.SS NAME), and each option in a command's help (from the option table
in cli/cmd_NAME.c, which also drives parsing) appears in that section, long
and short form; an option in a section that the command does not have is
drift too. An option's help that says a note twice, "(repeatable)
(repeatable)" (its text and the option table both adding it), is a
difference too. Prints each difference and exits 1 when there is any.
"""
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![\w-])")


def help_text(exe, *args):
    return subprocess.run([exe, *args], capture_output=True, text=True, check=True).stdout


def commands(exe):
    text = help_text(exe, "--help")
    block = text.split("Commands:", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in block.splitlines() if line.strip()]


def help_options(exe, cmd):
    text = help_text(exe, "help", cmd)
    block = text.split("Options:", 1)[1] if "Options:" in text else ""
    found = set()
    for line in block.splitlines():
        m = re.match(r"\s+((?:-\w, )?--[\w-]+)", line)
        if m:
            found.update(OPTION.findall(m.group(1)))
    return found - {"-h", "--help"}  # every command has them; the page says so once


def notes_said_twice(exe, cmd):
    """Help lines with the same "(note)" more than once."""
    return [line.strip() for line in help_text(exe, "help", cmd).splitlines()
            if any(line.count(n) > 1 for n in set(re.findall(r"\([^()]*\)", line)))]


def man_sections(path):
    """The text of each .SS section of COMMANDS, as plain text."""
    sections, name, lines = {}, None, []
    for raw in open(path, encoding="utf-8"):
        if raw.startswith(".SH"):
            if name:
                sections[name] = "\n".join(lines)
            name, lines = None, []
            continue
        if raw.startswith(".SS"):
            if name:
                sections[name] = "\n".join(lines)
            name, lines = raw.split(None, 1)[1].strip(), []
            continue
        if name is not None:
            line = raw.rstrip("\n").replace("\\-", "-").replace("\\e", "\\")
            line = re.sub(r"\\f[BIRP]", "", line)
            if line.startswith(".") and not line.startswith((".B", ".I", ".TP")):
                continue
            lines.append(line)
    if name:
        sections[name] = "\n".join(lines)
    return sections


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    exe, page = sys.argv[1], sys.argv[2]
    sections = man_sections(page)
    problems = 0
    cmds = commands(exe)
    for cmd in cmds:
        if cmd not in sections:
            print(f"{page}: no section for the command '{cmd}'")
            problems += 1
            continue
        for line in notes_said_twice(exe, cmd):
            print(f"`campaign help {cmd}` says a note twice: {line}")
            problems += 1
        want = help_options(exe, cmd)
        # Options named in the section's .TP item heads are the ones it documents.
        text = sections[cmd]
        heads = set()
        tp = False
        for line in text.splitlines():
            if line.startswith(".TP"):
                tp = True
                continue
            if tp:
                heads.update(OPTION.findall(line))
                tp = False
        for opt in sorted(want - heads):
            print(f"{page}: section '{cmd}' lacks {opt} (in `campaign help {cmd}`)")
            problems += 1
        for opt in sorted(heads - want):
            print(f"{page}: section '{cmd}' documents {opt}, which `campaign help {cmd}` does not have")
            problems += 1
    for extra in sorted(set(sections) - set(cmds)):
        print(f"{page}: section '{extra}' names no command of `campaign --help`")
        problems += 1
    print(f"{len(cmds)} commands checked, {problems} differences")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
