"""Python 2 <-> Python 3 names for pickle's fix_imports (protocols 0-2).

Python 2 can read protocols 0 to 2, so pickle writes the Python 2 module
and global names of what it references (REVERSE_IMPORT_MAPPING,
REVERSE_NAME_MAPPING) and maps Python 2's names back when reading
(IMPORT_MAPPING, NAME_MAPPING). The tables hold the same entries as
CPython 3.11's _compat_pickle (checked by lib/tests_pickle).
"""

# Python 3 module -> Python 2 module, for module names that map one to one.
REVERSE_IMPORT_MAPPING = dict(pair.split(':') for pair in """
    builtins:__builtin__ copyreg:copy_reg queue:Queue
    socketserver:SocketServer configparser:ConfigParser reprlib:repr
    tkinter.filedialog:tkFileDialog tkinter.simpledialog:tkSimpleDialog
    tkinter.colorchooser:tkColorChooser tkinter.commondialog:tkCommonDialog
    tkinter.dialog:Dialog tkinter.dnd:Tkdnd tkinter.font:tkFont
    tkinter.messagebox:tkMessageBox tkinter.scrolledtext:ScrolledText
    tkinter.constants:Tkconstants tkinter.tix:Tix tkinter.ttk:ttk
    tkinter:Tkinter _markupbase:markupbase winreg:_winreg _thread:thread
    _dummy_thread:dummy_thread dbm.bsd:dbhash dbm.dumb:dumbdbm dbm.ndbm:dbm
    dbm.gnu:gdbm xmlrpc.client:xmlrpclib xmlrpc.server:SimpleXMLRPCServer
    http.client:httplib html.entities:htmlentitydefs html.parser:HTMLParser
    http.cookies:Cookie http.cookiejar:cookielib http.server:BaseHTTPServer
    test.support:test.test_support subprocess:commands urllib.parse:urlparse
    urllib.robotparser:robotparser urllib.request:urllib2 dbm:anydbm
    collections.abc:_abcoll _bz2:bz2 _dbm:dbm _functools:functools
    _gdbm:gdbm _pickle:pickle
""".split())

# Python 2 module -> Python 3 module (reading).
IMPORT_MAPPING = {py2: py3 for py3, py2 in REVERSE_IMPORT_MAPPING.items()
                      if py3 not in ('_bz2', '_dbm', '_functools', '_gdbm',
                                     '_pickle')}
IMPORT_MAPPING.update(dict(pair.split(':') for pair in """
    _elementtree:xml.etree.ElementTree cPickle:pickle
    FileDialog:tkinter.filedialog SimpleDialog:tkinter.simpledialog
    DocXMLRPCServer:xmlrpc.server SimpleHTTPServer:http.server
    CGIHTTPServer:http.server UserDict:collections UserList:collections
    UserString:collections whichdb:dbm StringIO:io cStringIO:io
""".split()))

# Renamed globals: (Python 3 module, name) <-> (Python 2 module, name).
# Each entry "py3mod.name py2mod.name"; the last dot splits module and name.
_RENAMED = """
    builtins.range __builtin__.xrange      functools.reduce __builtin__.reduce
    sys.intern __builtin__.intern          builtins.chr __builtin__.unichr
    builtins.str __builtin__.unicode       builtins.int __builtin__.long
    builtins.zip itertools.izip            builtins.map itertools.imap
    builtins.filter itertools.ifilter
    itertools.filterfalse itertools.ifilterfalse
    itertools.zip_longest itertools.izip_longest
    collections.UserDict UserDict.IterableUserDict
    collections.UserList UserList.UserList
    collections.UserString UserString.UserString
    dbm.whichdb whichdb.whichdb            socket.fromfd _socket.fromfd
    multiprocessing.connection.Connection _multiprocessing.Connection
    multiprocessing.context.Process multiprocessing.process.Process
    multiprocessing.popen_fork.Popen multiprocessing.forking.Popen
    urllib.error.ContentTooShortError urllib.ContentTooShortError
    urllib.request.getproxies urllib.getproxies
    urllib.request.pathname2url urllib.pathname2url
    urllib.parse.quote_plus urllib.quote_plus
    urllib.parse.quote urllib.quote
    urllib.parse.unquote_plus urllib.unquote_plus
    urllib.parse.unquote urllib.unquote
    urllib.request.url2pathname urllib.url2pathname
    urllib.request.urlcleanup urllib.urlcleanup
    urllib.parse.urlencode urllib.urlencode
    urllib.request.urlopen urllib.urlopen
    urllib.request.urlretrieve urllib.urlretrieve
    urllib.error.HTTPError urllib2.HTTPError
    urllib.error.URLError urllib2.URLError
    multiprocessing.context.AuthenticationError multiprocessing.AuthenticationError
    multiprocessing.context.BufferTooShort multiprocessing.BufferTooShort
    multiprocessing.context.ProcessError multiprocessing.ProcessError
    multiprocessing.context.TimeoutError multiprocessing.TimeoutError
"""
# Names only written (several Python 3 names share one Python 2 name).
_RENAMED_WRITE_ONLY = """
    _functools.reduce __builtin__.reduce
    tkinter.filedialog.FileDialog FileDialog.FileDialog
    tkinter.filedialog.LoadFileDialog FileDialog.LoadFileDialog
    tkinter.filedialog.SaveFileDialog FileDialog.SaveFileDialog
    tkinter.simpledialog.SimpleDialog SimpleDialog.SimpleDialog
    xmlrpc.server.ServerHTMLDoc DocXMLRPCServer.ServerHTMLDoc
    xmlrpc.server.XMLRPCDocGenerator DocXMLRPCServer.XMLRPCDocGenerator
    xmlrpc.server.DocXMLRPCRequestHandler DocXMLRPCServer.DocXMLRPCRequestHandler
    xmlrpc.server.DocXMLRPCServer DocXMLRPCServer.DocXMLRPCServer
    xmlrpc.server.DocCGIXMLRPCRequestHandler DocXMLRPCServer.DocCGIXMLRPCRequestHandler
    http.server.SimpleHTTPRequestHandler SimpleHTTPServer.SimpleHTTPRequestHandler
    http.server.CGIHTTPRequestHandler CGIHTTPServer.CGIHTTPRequestHandler
    _socket.socket socket._socketobject
"""
# Names only read (Python 2 aliases).
_RENAMED_READ_ONLY = """
    builtins.str __builtin__.basestring    builtins.Exception exceptions.StandardError
    collections.UserDict UserDict.UserDict socket.SocketType socket._socketobject
"""
# Python 2 kept the exceptions in their own module.
PYTHON2_EXCEPTIONS = tuple("""
    ArithmeticError AssertionError AttributeError BaseException BufferError
    BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError
    ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
    LookupError MemoryError NameError NotImplementedError OSError
    OverflowError PendingDeprecationWarning ReferenceError RuntimeError
    RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError
    SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning ValueError Warning ZeroDivisionError
""".split())
# Python 3 exceptions that Python 2 did not have: written as their base.
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError')
PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)
MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort',
                              'ProcessError', 'TimeoutError')


def _split_global(dotted):
    module, _, name = dotted.rpartition('.')
    return module, name


def _renamed_pairs(table):
    words = table.split()
    return [(_split_global(words[i]), _split_global(words[i + 1]))
            for i in range(0, len(words), 2)]


REVERSE_NAME_MAPPING = {}       # (module, name) written as (module, name)
NAME_MAPPING = {}
for _py3, _py2 in _renamed_pairs(_RENAMED):
    REVERSE_NAME_MAPPING[_py3] = _py2
    NAME_MAPPING[_py2] = _py3
for _py3, _py2 in _renamed_pairs(_RENAMED_WRITE_ONLY):
    REVERSE_NAME_MAPPING[_py3] = _py2
for _py3, _py2 in _renamed_pairs(_RENAMED_READ_ONLY):
    NAME_MAPPING[_py2] = _py3
for _exc in PYTHON2_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _exc)] = ('exceptions', _exc)
    NAME_MAPPING[('exceptions', _exc)] = ('builtins', _exc)
for _exc in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _exc)] = ('exceptions', 'OSError')
for _exc in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _exc)] = ('exceptions', 'ImportError')
del _py3, _py2, _exc
