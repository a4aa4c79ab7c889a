# AsyncClient of frontegg_identity, created once at import time by the Rust
# extension from the sync surface itself: every method of Client, of its
# operation groups, of Session and of MfaRequired gets an `async def` twin
# that runs the blocking call on the client's bounded thread pool (the call
# releases the GIL while it waits on the network). Nothing here is written
# per operation, so the two surfaces cannot drift.

# asyncio and concurrent.futures are imported on first use: importing
# asyncio alone costs tens of milliseconds, and a sync-only program should
# not pay for it.
import functools
import os
import threading
import weakref

# Set by the module before this runs, from codegen/flows.toml: `_NO_IO`,
# the methods without network I/O (they stay plain methods and return async
# twins), and `_MAX_WORKERS`, the default pool size.
_END = object()


# Every live pool, so that a forked child can forget what it inherited.
_POOLS = weakref.WeakSet()


def _after_fork_in_child():
    # Runs in the child right after os.fork() (gunicorn, multiprocessing),
    # with only the forking thread alive: the parent's pool threads do not
    # exist here, and a lock one of them held would stay held forever.
    for pool in list(_POOLS):
        pool._forget_parent()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class _Pool:
    """The bounded pool of one AsyncClient and its scoped clients, and the
    calls in flight (for `aclose`). Its threads start on first use, in the
    process that uses them: a forked child starts its own."""

    def __init__(self, max_workers):
        if not isinstance(max_workers, int) or isinstance(max_workers, bool) or max_workers < 1:
            raise ConfigError(f"max_workers must be a positive int, got {max_workers!r}")
        self.max_workers = max_workers
        self.executor = None
        self.inflight = set()
        self.lock = threading.Lock()
        self.closed = False
        _POOLS.add(self)

    def _forget_parent(self):
        self.lock = threading.Lock()
        self.executor = None
        self.inflight = set()

    async def run(self, function, *args, **kwargs):
        import asyncio

        with self.lock:
            if self.closed:
                raise RuntimeError("the AsyncClient is closed")
            if self.executor is None:
                from concurrent.futures import ThreadPoolExecutor

                self.executor = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="frontegg")
            future = self.executor.submit(function, *args, **kwargs)
            self.inflight.add(future)
        future.add_done_callback(self._done)
        # Cancelling the awaiting task cancels a call not yet started; one
        # already running finishes on its pool thread (bounded by the
        # client's deadline) and its result is dropped. Either way the
        # thread goes back to the pool and the client stays usable.
        return _wrap(await asyncio.wrap_future(future), self)

    def _done(self, future):
        with self.lock:
            self.inflight.discard(future)

    async def close(self):
        import asyncio

        with self.lock:
            self.closed = True
            pending = list(self.inflight)
        if pending:
            await asyncio.gather(*(asyncio.wrap_future(f) for f in pending), return_exceptions=True)
        if self.executor is not None:
            self.executor.shutdown(wait=False)


def _wrap(value, pool):
    """The async twin of a sync object a call returned."""
    if isinstance(value, Client):
        return AsyncClient._scoped(value, pool)
    if isinstance(value, Session):
        return AsyncSession(value, pool)
    if isinstance(value, MfaRequired):
        return AsyncMfaRequired(value, pool)
    return value


class _AsyncPages:
    """An async iterator over a sync page iterator: pages are fetched on the
    pool as the loop asks for items."""

    def __init__(self, pool, start):
        self._pool, self._start, self._items = pool, start, None

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._items is None:
            self._items = await self._pool.run(self._start)
        item = await self._pool.run(next, self._items, _END)
        if item is _END:
            raise StopAsyncIteration
        return item


def _async_method(name, sync_method):
    @functools.wraps(sync_method)
    async def method(self, *args, **kwargs):
        return await self._pool.run(getattr(self._sync, name), *args, **kwargs)

    return method


def _pages_method(name, sync_method):
    @functools.wraps(sync_method)
    def method(self, *args, **kwargs):
        return _AsyncPages(self._pool, functools.partial(getattr(self._sync, name), *args, **kwargs))

    return method


def _plain_method(name, sync_method):
    @functools.wraps(sync_method)
    def method(self, *args, **kwargs):
        return _wrap(getattr(self._sync, name)(*args, **kwargs), self._pool)

    return method


def _make_twin_method(name, member):
    if name.startswith("iter_"):
        return _pages_method(name, member)
    if name in _NO_IO:
        return _plain_method(name, member)
    return _async_method(name, member)


class _TwinType(type):
    """Creates each async method the first time it is looked up: importing
    the module builds no wrapper, so a sync-only program pays nothing."""

    def __getattr__(cls, name):
        sync_type = type.__getattribute__(cls, "_sync_type")
        member = None if name.startswith("_") or sync_type is None else vars(sync_type).get(name)
        if member is None or not callable(member) or isinstance(member, type):
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        method = _make_twin_method(name, member)
        setattr(cls, name, method)
        return method

    def __dir__(cls):
        names = set(super().__dir__())
        sync_type = type.__getattribute__(cls, "_sync_type")
        if sync_type is not None:
            names.update(n for n, m in vars(sync_type).items() if not n.startswith("_") and callable(m))
        return sorted(names)


def _twin(sync_type, twin):
    """Makes `twin` the async twin of `sync_type` (methods made on demand)."""
    twin._sync_type = sync_type
    return twin


class _Twin(metaclass=_TwinType):
    _sync_type = None

    def __init__(self, sync, pool):
        self._sync, self._pool = sync, pool

    def __getattr__(self, name):
        # Reached only before the method exists on the class: make it, bind it.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(type(self), name).__get__(self, type(self))

    def __repr__(self):
        return f"{type(self).__name__}({self._sync!r})"


class AsyncSession(_Twin):
    """A Session whose methods are coroutines (run on the client's pool)."""

    @property
    def is_signed_in(self):
        return self._sync.is_signed_in

    @property
    def user_id(self):
        return self._sync.user_id

    @property
    def tenant_id(self):
        return self._sync.tenant_id

    @property
    def expires_at(self):
        return self._sync.expires_at


class AsyncMfaRequired(_Twin):
    """An MfaRequired whose methods are coroutines."""

    @property
    def devices(self):
        return self._sync.devices

    @property
    def strategies(self):
        return self._sync.strategies


_twin(Session, AsyncSession)
_twin(MfaRequired, AsyncMfaRequired)


class AsyncClient(metaclass=_TwinType):
    """The Client for asyncio: the same constructor (plus `max_workers`, the
    size of the thread pool blocking calls run on) and the same surface,
    with `async def` methods, operation groups whose methods are coroutines
    and `iter_*` pagers that are async iterators.

    Use it as `async with fi.AsyncClient(...) as client:`; `aclose()` waits
    for the calls in flight, then releases the pool.

    Thread-safe, and fork-safe: used before a fork (gunicorn --preload with
    uvicorn workers), a child starts its own pool threads at its first call.
    """

    def __init__(self, *, max_workers=_MAX_WORKERS, **config):
        self._sync = Client(**config)
        self._pool = _Pool(max_workers)
        self._owner = True

    @classmethod
    def _scoped(cls, sync, pool):
        client = cls.__new__(cls)
        client._sync, client._pool, client._owner = sync, pool, False
        return client

    def __repr__(self):
        return f"Async{self._sync!r}"

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.aclose()

    async def aclose(self):
        """Waits for the calls in flight, then releases the thread pool. Scoped
        clients (`for_tenant`, `as_user`) share it and close with it."""
        await self._pool.close()

    @property
    def refresh_cookie_name(self):
        return self._sync.refresh_cookie_name

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(type(self), name).__get__(self, type(self))


_twin(Client, AsyncClient)


def _group_twin(property_name, sync_type):
    twin = _twin(sync_type, type(f"Async{sync_type.__name__}", (_Twin,), {
        "__doc__": f"The async twin of {sync_type.__name__}: every method is a coroutine.",
        "__module__": __name__,
    }))

    def group(self):
        return twin(getattr(self._sync, property_name), self._pool)

    group.__name__ = property_name
    group.__doc__ = f"Frontegg's {sync_type.__name__} operations (async)."
    setattr(AsyncClient, property_name, property(group))
    return twin


globals().update({f"Async{sync.__name__}": _group_twin(name, sync) for name, sync in _GROUPS})
