"""Memory of a process tree as the machine really spends it: the sum of proportional set sizes."""

from __future__ import annotations

from pathlib import Path


def descendants(root: int) -> list[int]:
    """`root` and every process below it (children, grandchildren ...), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def pss_mb(pid: int) -> float:
    """One process's proportional set size in MB (0 when it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_pss_mb(root: int) -> float:
    """Memory of `root` and all its descendants (e.g. Chromium's renderer, GPU and zygote processes).

    Proportional set size: a library page shared by five processes counts a fifth in each, so
    the sum is what the machine really spends (plain RSS would count Qt WebEngine's 200 MB
    library once per process, and vary with how many helper processes Chromium keeps).
    """
    return sum(pss_mb(pid) for pid in descendants(root))


KINDS = {"Pss_Anon": "anonymous", "Pss_File": "files", "Pss_Shmem": "shared memory"}
"""smaps_rollup's split of PSS: the heap and other private memory; pages of mapped files (the
libraries' code: clean, read again from disk if the kernel drops them); shared memory segments."""


def tree_kinds(root: int) -> dict[str, float]:
    """The tree's PSS in MB by kind (KINDS' names); empty where the kernel does not split it."""
    found: dict[str, float] = {}
    for pid in descendants(root):
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, value = line.partition(":")
            if key in KINDS:
                found[KINDS[key]] = found.get(KINDS[key], 0.0) + int(value.split()[0]) / 1024
    return found


def tree_parts(root: int) -> dict[str, float]:
    """PSS in MB per program in the tree, named with how many processes run it ("python x2").

    Chromium's renderers are forked from its zygote and keep the zygote's command line, so they
    are told apart by number, not by name.
    """
    found: dict[str, list[float]] = {}
    for pid in descendants(root):
        try:
            program = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
        except OSError:
            continue
        name = Path(program.decode(errors="replace")).name or "?"
        found.setdefault(name, []).append(pss_mb(pid))
    return {f"{name} x{len(sizes)}": sum(sizes) for name, sizes in found.items()}
