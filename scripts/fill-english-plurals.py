#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Fills the English catalogue's plural forms from the "(s)" convention in source strings.

Source text says "%n byte(s)"; English needs "%n byte" and "%n bytes". Run after
`cmake --build build --target update_translations`. Other messages stay untranslated, so the
source text is shown as it is. The file is only written when a plural form was missing or
wrong; ElementTree lays it out differently from lupdate, so run update_translations once more
afterwards to restore lupdate's layout (the forms stay).
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/coapscope_en.ts"
tree = ET.parse(path)
changed = False
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    singular = re.sub(r"\((?:s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    forms = [form.text for form in translation.findall("numerusform")]
    if forms == [singular, plural] and translation.get("type") is None:
        continue
    changed = True
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for form in (singular, plural):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
    translation.attrib.pop("type", None)
if not changed:
    sys.exit(0)
print(f"{path}: plural forms filled; run update_translations again for lupdate's layout")
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
