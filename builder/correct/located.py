"""Line numbers of every key and list item in a YAML document, so that a message can point
at the exact line an editor wrote (``parse_yaml_mapping`` gives top-level keys only)."""

from __future__ import annotations

from collections import deque

import yaml

YamlPath = tuple[str | int, ...]
"""Keys and list indices from the top of the document: ``("figures", "killed-286", "label")``."""


class Lines:
    """``lines(*path)`` is the line of ``path``, or of its nearest ancestor that has one."""

    def __init__(
        self, by_path: dict[YamlPath, int], duplicates: list[tuple[YamlPath, int]] | None = None
    ) -> None:
        self.by_path = by_path
        self.duplicates = duplicates or []
        """Keys written twice in one mapping (YAML keeps the last), with the later line."""

    def __call__(self, *path: str | int) -> int:
        while path:
            if path in self.by_path:
                return self.by_path[path]
            path = path[:-1]
        return self.by_path.get((), 1)


def yaml_lines(text: str, first_line: int = 1) -> Lines:
    """Lines of ``text``, which must already have been parsed safely (no aliases)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return Lines({})
    found: dict[YamlPath, int] = {}
    duplicates: list[tuple[YamlPath, int]] = []
    if root is None:
        return Lines(found)
    found[()] = first_line + root.start_mark.line
    queue: deque[tuple[yaml.Node, YamlPath]] = deque([(root, ())])
    while queue:  # in document order, so that a key written twice gets its later lines
        node, path = queue.popleft()
        if isinstance(node, yaml.MappingNode):
            seen: set[YamlPath] = set()
            for key, value in node.value:
                child = (*path, str(key.value) if isinstance(key, yaml.ScalarNode) else "?")
                if child in seen:
                    duplicates.append((child, first_line + key.start_mark.line))
                seen.add(child)
                found[child] = first_line + key.start_mark.line  # the last one counts in YAML
                queue.append((value, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                found[child] = first_line + item.start_mark.line
                queue.append((item, child))
    return Lines(found, sorted(duplicates, key=lambda d: d[1]))
