"""A smoke script whose output must be the same under CPython (its own re)
and under pygil (lib/re):

    python3 lib/tests_re/smoke.py > /tmp/a; target/release/pygil lib/tests_re/smoke.py > /tmp/b
    diff /tmp/a /tmp/b
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import re
print(re.match('a+b', 'aaab'), re.search(r'(\d+)-(\d+)', 'tel 12-345 x').groups())
print(re.findall(r'\w+', 'hello world, foo_bar 12'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home x@y'))
print(re.split(r'(,)\s*', 'a, b,c'), re.compile('a+', re.I|re.M), re.I|re.M, str(re.I))
print(re.match(r'(ab)*', 'ab'*5000).span(), re.match(r'.*x', 'a'*10000+'x').span(), re.match(r'(a|b)*c', 'ab'*3000+'c').span())
m = re.match(r'(?P<a>a)(?P<b>b)?(c)', 'ac')
print(m, m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.span(3), m['a'], m.regs)
print(dict(re.compile(r'(?P<x>\w)').groupindex))
print(re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'), re.findall(r'\b|x', 'axbc x'))
print(re.fullmatch(r'(?i)straSSe', 'STRASSE'), re.search(r'(?i)\u212a', 'k'))
print(re.findall(rb'[a-z]+', b'abc DEF ghi'), re.sub(rb'(\w)', rb'<\1>', b'ab'))
try:
    re.compile('(a')
except re.error as e:
    print('error:', e, e.pos, e.msg, e.lineno, e.colno)
try:
    re.compile('a**')
except re.error as e:
    print('error:', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError:', e)
print(re.escape('a.b*c'), re.escape(b'x+y'))
print([m.span() for m in re.finditer(r'\d+', 'a1b22c333')])
print(re.subn(r'\d', lambda m: str(int(m.group()) + 1), 'a1b2c9'))
print(re.sub(r'(?m)^', '> ', 'line1\nline2'))
print(re.match(r'(?x) a  b # comment\n c', 'abc'))
print(re.search(r'(?<=-)\w+', 'spam-egg'), re.search(r'(?<!a)b', 'ab cb'))
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?>a+)b', 'aaab'), re.match(r'a++b', 'aaab'))
print(repr(re.compile(r'\d', re.A)), repr(re.RegexFlag(0)))
print(re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None)]).scan('1 22 x'))
p = re.compile(r'(\w+)=(\d+)')
print(p.findall('a=1, bb=22'), p.pattern, p.flags, p.groups)
print(re.split(r'\s+', '  a b   c  ', maxsplit=2))
import copy
print(copy.copy(p) is p, p == re.compile(r'(\w+)=(\d+)'))
