#!/usr/bin/env python3
"""Writes the project's iWmo 3.2 XSDs (xsd/) from the specification's facts in ../shared/iwmo-3.2.

The structure (types, element order, cardinalities, facets, code lists) comes from structure.json,
the documentation (meanings of types, elements and code values) from messages.md and datatypes.md.
Run it again only when the specification folder changes; the XSDs in xsd/ are the project's files.
Usage: tools/write-xsds.py [SPEC_DIR] [OUT_DIR]"""
import json, os, re, sys
from xml.sax.saxutils import escape

spec_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'iwmo-3.2')
out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'xsd')
spec = json.load(open(os.path.join(spec_dir, 'structure.json'), encoding='utf-8'))
BASIS_NS = spec['basisschema']['targetNamespace']
FACET_ORDER = ['minLength', 'maxLength', 'length', 'pattern', 'minInclusive', 'maxInclusive',
               'minExclusive', 'maxExclusive', 'totalDigits', 'fractionDigits']

def read_docs():
    """Meanings per (section, element) from the markdown tables, and code list meanings."""
    docs, type_docs, code_docs = {}, {}, {}
    for name in ('messages.md', 'datatypes.md'):
        section = None; codes_for = None
        for line in open(os.path.join(spec_dir, name), encoding='utf-8'):
            m = re.match(r'^### (WMO\d+) / (\w+)', line)
            if m: section = (m.group(1).lower(), m.group(2)); codes_for = None; continue
            m = re.match(r'^### (CDT_\w+|LDT_\w+)', line)
            if m:
                section = ('basisschema', m.group(1)); codes_for = m.group(1) if m.group(1).startswith('LDT_') else None
                continue
            m = re.match(r'^- \*\*(LDT_\w+)\*\*: base `[^`]*`(?:, \w+ `[^`]*`)*\.\s*(.*)$', line)
            if m and name == 'datatypes.md':
                text = re.sub(r'Code list: \d+ values \(below\)\.?', '', m.group(2)).strip()
                type_docs[m.group(1)] = text
                continue
            if line.startswith('|') and section and not line.startswith('|---') and not line.startswith('| element') and not line.startswith('| value'):
                cells = [c.strip() for c in line.strip().strip('|').split('|')]
                if codes_for and len(cells) == 2:
                    code_docs.setdefault(codes_for, {})[cells[0].strip('`')] = cells[1]
                elif len(cells) >= 4:
                    docs[(section[0], section[1], cells[0])] = cells[3]
    return docs, type_docs, code_docs

DOCS, TYPE_DOCS, CODE_DOCS = read_docs()

def doc(text, indent):
    if not text: return ''
    pad = ' ' * indent
    return (f'{pad}<xs:annotation>\n{pad}  <xs:documentation>{escape(text)}</xs:documentation>\n'
            f'{pad}</xs:annotation>\n')

def qname(ref, msg_prefix):
    kind, _, local = ref.partition(':')
    return {'basis': 'iwmo', 'msg': msg_prefix, 'xs': 'xs'}[kind] + ':' + local

def restriction(st, msg_prefix, indent, codes=None):
    pad = ' ' * indent
    out = f'{pad}<xs:restriction base="{qname(st["base"], msg_prefix)}">\n'
    for facet in FACET_ORDER:
        for value in st['facets'].get(facet, []):
            out += f'{pad}  <xs:{facet} value="{escape(value, {chr(34): "&quot;"})}"/>\n'
    for value in st['enum']:
        meaning = (codes or {}).get(value)
        if meaning:
            out += f'{pad}  <xs:enumeration value="{escape(value)}">\n{doc(meaning, indent + 4)}{pad}  </xs:enumeration>\n'
        else:
            out += f'{pad}  <xs:enumeration value="{escape(value)}"/>\n'
    return out + f'{pad}</xs:restriction>\n'

def complex_type(schema, name, rows, msg_prefix, type_doc=''):
    out = f'  <xs:complexType name="{name}">\n' + doc(type_doc, 4) + '    <xs:sequence>\n'
    for row in rows:
        attrs = f'name="{row["name"]}"'
        occurs = ''
        if row['min'] != '1': occurs += f' minOccurs="{row["min"]}"'
        if row['max'] != '1': occurs += f' maxOccurs="{row["max"]}"'
        meaning = DOCS.get((schema, name, row['name']), '')
        if isinstance(row['type'], str):
            body = doc(meaning, 8)
            if body:
                out += f'      <xs:element {attrs} type="{qname(row["type"], msg_prefix)}"{occurs}>\n{body}      </xs:element>\n'
            else:
                out += f'      <xs:element {attrs} type="{qname(row["type"], msg_prefix)}"{occurs}/>\n'
        else:
            out += (f'      <xs:element {attrs}{occurs}>\n' + doc(meaning, 8) + '        <xs:simpleType>\n'
                    + restriction(row['type'], msg_prefix, 10) + '        </xs:simpleType>\n      </xs:element>\n')
    return out + '    </xs:sequence>\n  </xs:complexType>\n'

def type_description(schema, name):
    """The one-line description under a '### WMO301 / Client' or '### CDT_Adres' heading."""
    source = 'datatypes.md' if schema == 'basisschema' else 'messages.md'
    heading = f'### {name}' if schema == 'basisschema' else f'### {schema.upper()} / {name}'
    lines = open(os.path.join(spec_dir, source), encoding='utf-8').read().split('\n')
    for i, line in enumerate(lines):
        if line.strip() == heading and i + 1 < len(lines) and lines[i + 1] and not lines[i + 1].startswith('|'):
            return lines[i + 1].strip()
    return ''

def write(schema, s):
    is_basis = schema == 'basisschema'
    prefix = 'iwmo' if is_basis else schema
    header = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<!-- iwmo-hub: iWmo 3.2 ' + ('basisschema' if is_basis else schema.upper()) +
              ', XSD version 1.0.0. Written by tools/write-xsds.py from the specification\'s facts;\n'
              '     structurally equal to the published schema (checked by ../shared/bin/xsd-structure diff xsd). -->\n')
    ns = f'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:iwmo="{BASIS_NS}"'
    if not is_basis: ns += f' xmlns:{prefix}="{s["targetNamespace"]}"'
    out = header + (f'<xs:schema {ns}\n           targetNamespace="{s["targetNamespace"]}"\n'
                    f'           elementFormDefault="{s["elementFormDefault"]}" attributeFormDefault="unqualified" version="1.0.0">\n')
    if not is_basis:
        out += f'  <xs:import namespace="{BASIS_NS}" schemaLocation="basisschema.xsd"/>\n'
    for name, t in s['elements'].items():
        out += f'  <xs:element name="{name}" type="{qname(t, prefix)}"/>\n'
    for name in sorted(s['complexTypes']):
        out += complex_type(schema, name, s['complexTypes'][name], prefix, type_description(schema, name))
    for name in sorted(s['simpleTypes']):
        st = s['simpleTypes'][name]
        out += (f'  <xs:simpleType name="{name}">\n' + doc(TYPE_DOCS.get(name, ''), 4)
                + restriction(st, prefix, 4, CODE_DOCS.get(name)) + '  </xs:simpleType>\n')
    out += '</xs:schema>\n'
    file = 'basisschema.xsd' if is_basis else schema.upper() + '.xsd'
    with open(os.path.join(out_dir, file), 'w', encoding='utf-8') as f:
        f.write(out)

os.makedirs(out_dir, exist_ok=True)
for schema, s in spec.items():
    write(schema, s)
print(f'wrote {len(spec)} schemas to {out_dir}')
