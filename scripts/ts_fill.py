#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file.

  ts_fill.py translations/mynetwork_en.ts --english
      English: each translation is its source; "(s)" plurals get their
      singular and plural forms.
  ts_fill.py translations/mynetwork_de.ts MAPPING.json
      MAPPING maps "context|source" (or just "source") to a translation, or
      to a list of numerus forms [singular, plural].

Messages that stay unfinished are listed, so a missing translation is seen.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def english_forms(source):
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    return [singular, plural]


def main():
    path = sys.argv[1]
    english = "--english" in sys.argv
    mapping = {}
    if not english:
        with open(sys.argv[2], encoding="utf-8") as f:
            mapping = json.load(f)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall("context"):
        cname = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished",):
                continue
            numerus = message.get("numerus") == "yes"
            value = english_forms(source) if english and numerus else source if english else \
                mapping.get(f"{cname}|{source}", mapping.get(source))
            if value is None:
                missing.append(f"{cname}|{source}")
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # lupdate writes the doctype; ElementTree drops it.
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    for m in missing:
        print("unfinished:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
