"""logging.config.dictConfig (schema version 1), as CPython 3.11's.

The configuration is applied in CPython's order: existing handlers are
flushed, closed and forgotten; formatters, filters and handlers are built
(handlers sorted by name, a MemoryHandler whose target comes later is
retried at the end); then the named loggers and the root are configured,
and loggers that existed before and are not mentioned (nor below a
mentioned one) are disabled unless disable_existing_loggers is false.
String values 'ext://module.attr' are replaced by that object and
'cfg://path' by another part of the configuration.

Not implemented: fileConfig (pygil has no configparser) and listen().
"""

import re
import sys

import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig is not implemented "
                              "in pygil (no configparser)")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen is not implemented in pygil")


def stopListening():
    raise NotImplementedError("logging.config.stopListening is not implemented "
                              "in pygil")


def _resolve(name):
    """The object named by a dotted path, importing modules as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used = used + '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers of the old configuration: children of newly configured
    loggers are reset to pass everything up, the others disabled."""
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


class BaseConfigurator(object):
    """Resolution of 'ext://' and 'cfg://' values and of class names."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """'cfg://handlers.console' or 'cfg://a[0].b': a part of the
        configuration."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        """Strings with a known prefix are converted; containers are
        converted element by element (in place)."""
        if isinstance(value, dict):
            for k in list(value):
                value[k] = self.convert(value[k])
        elif isinstance(value, list):
            for i, v in enumerate(value):
                value[i] = self.convert(v)
        elif isinstance(value, tuple):
            value = tuple(self.convert(v) for v in value)
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                converter = self.value_converters.get(d['prefix'])
                if converter:
                    value = getattr(self, converter)(d['suffix'])
        return value

    def configure_custom(self, config):
        """config['()'](**the other keys), then the '.' attributes."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary (see the module docstring)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_all(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_all(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()

        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e

        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e

        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        existing = sorted(logging.root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefixed = name + "."
                for other in existing[existing.index(name) + 1:]:
                    if other.startswith(prefixed):
                        child_loggers.append(other)
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)

        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory taking fmt= rather than format=.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        c = _resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filter_ = f
                else:
                    filter_ = self.config['filters'][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config_copy = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            factory = c if callable(c) else self.resolve(c)
        else:
            klass = self.resolve(config.pop('class'))
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        config.update(config_copy)
                        raise TypeError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from e
            factory = klass
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        props = config.pop('.', None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (a deep copy is used)."""
    configurator = dictConfigClass(_copy(config))
    configurator.convert(configurator.config)
    configurator.configure()


def _copy(value):
    # dicts and lists are copied (they get converted and filled with the
    # configured objects); everything else is shared.
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
