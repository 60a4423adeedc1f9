#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Fills translations/coapscope_<lang>.ts from the tables in translations/tables/<lang>/.

Run after `cmake --build build --target update_translations` and
scripts/fill-english-plurals.py. The tables are the only source of the translations, so the
work can be redone and reviewed: a message they do not cover is made unfinished, and Qt then
shows the English text. Each translation is checked against its source before anything is
written: the same %1 %2 %n placeholders, a mnemonic (&) if and only if the source has one, no
mnemonic letter taken more often in a context than the source takes its most used one, the
same leading and trailing white space (a fragment glued to the one before may start with its
punctuation instead) and the same trailing "…".

    scripts/fill-translations.py [LANG...]      (default: every language with tables)

Each table module defines CONTEXTS, {context: {source: translation}}; a plural message takes a
tuple with one form per plural form of the language. The script prints how many messages are
translated and unfinished, and the table entries whose source text no longer exists.
"""
import collections
import pathlib
import re
import runpy
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLES = ROOT / "translations" / "tables"
PLURAL_FORMS = {"de": 2, "fr": 2}
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
MNEMONIC = re.compile(r"(?<!&)&([^\s&])")


def load_tables(language):
    contexts = collections.defaultdict(dict)
    for module in sorted((TABLES / language).glob("*.py")):
        values = runpy.run_path(str(module))
        for context, entries in values.get("CONTEXTS", {}).items():
            duplicated = contexts[context].keys() & entries.keys()
            if duplicated:
                sys.exit(f"{module}: {context} translated twice: {sorted(duplicated)}")
            contexts[context].update(entries)
    return contexts


def mnemonic(text):
    match = MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def check(context, source, forms, count):
    """Returns what is wrong with the translation `forms` of `source`."""
    problems = []
    if count is not None and len(forms) != count:
        problems.append(f"{len(forms)} plural forms, {count} expected")
    wanted = collections.Counter(PLACEHOLDER.findall(source))
    for form in forms:
        found = collections.Counter(PLACEHOLDER.findall(form))
        if found != wanted:
            problems.append(f"placeholders {dict(found)} instead of {dict(wanted)} in {form!r}")
        if (mnemonic(source) is None) != (mnemonic(form) is None):
            problems.append(f"mnemonic differs in {form!r}")
        for edge, pattern in (("leading", r"^\s*"), ("trailing", r"\s*$")):
            if re.search(pattern, source).group() != re.search(pattern, form).group():
                # A fragment glued to the previous one may start with its punctuation instead:
                # " but the message ends" is ", aber die Nachricht endet" in German.
                if not (edge == "leading" and form[:1] in ",;:"):
                    problems.append(f"{edge} white space differs in {form!r}")
        if source.rstrip().endswith("…") != form.rstrip().endswith("…"):
            problems.append(f"trailing … differs in {form!r}")
    return [f"{context}: {source!r}: {problem}" for problem in problems]


def clashes(context, pairs):
    """Mnemonic letters a context's translations take more often than its sources take any."""
    sources = collections.Counter(mnemonic(s) for s, _ in pairs if mnemonic(s))
    translated = collections.defaultdict(list)
    for source, form in pairs:
        if mnemonic(form):
            translated[mnemonic(form)].append(form)
    return [
        f"{context}: mnemonic {key!r} used by {forms}"
        for key, forms in translated.items()
        if len(forms) > 1 and len(forms) > max(sources.values(), default=1)
    ]


def fill(language):
    path = ROOT / "translations" / f"coapscope_{language}.ts"
    contexts = load_tables(language)
    tree = ET.parse(path)
    problems, used = [], set()
    done = collections.Counter()
    missing = collections.Counter()
    for context_element in tree.iter("context"):
        context = context_element.findtext("name")
        pairs = []
        for message in context_element.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            value = contexts.get(context, {}).get(source)
            if value is not None:
                used.add((context, source))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if value is None:
                translation.set("type", "unfinished")
                missing[context] += 1
                continue
            forms = list(value) if isinstance(value, tuple) else [value]
            problems += check(context, source, forms, PLURAL_FORMS[language] if numerus else None)
            pairs += [(source, form) for form in forms[:1]]
            if numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            done[context] += 1
        problems += clashes(context, pairs)
    if problems:
        sys.exit("\n".join(problems))
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    unused = [f"{c}: {s!r}" for c, entries in contexts.items() for s in entries
              if (c, s) not in used]
    print(f"{path.name}: {sum(done.values())} translated, {sum(missing.values())} unfinished")
    for context, count in sorted(missing.items()):
        print(f"    unfinished in {context}: {count}")
    for entry in unused:
        print(f"    table entry matches no message (source changed?): {entry}")


def main():
    languages = sys.argv[1:] or sorted(p.name for p in TABLES.iterdir() if p.is_dir())
    for language in languages:
        fill(language)


if __name__ == "__main__":
    main()
