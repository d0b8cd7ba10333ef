"""The base class of the API groups (``api.rooms``, ``api.people``, ...)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import Any, ClassVar, Generic, TypeVar, cast

from ._http import path_id
from ._pagination import page_items
from ._validation import require_non_empty
from .generator_containers import AsyncGeneratorContainer, GeneratorContainer
from .models._base import ObjectFactory, page_builder
from .models.immutable import immutable_data_factory, immutable_data_models
from .restsession import AsyncRestSession, RestSession

__all__ = ["ApiGroup", "AsyncApiGroup", "Model", "body", "resource_path"]

M = TypeVar("M")


@dataclass(frozen=True)
class Model(Generic[M]):
    """The object-factory name of a resource, typed with the class it builds by default.

    A custom ``object_factory`` may build something else (a dict, say); the annotations
    describe the default ``immutable_data_factory``.
    """

    name: str
    cls: type[M]


def body(request_parameters: Mapping[str, Any], **fields: Any) -> dict[str, Any]:
    """Build a JSON body: the named fields that are not None, then the extra parameters."""
    built = {key: value for key, value in fields.items() if value is not None}
    built.update(request_parameters)
    return built


def resource_path(base: str, name: str, value: str, *rest: str) -> str:
    """Build ``base/<escaped id>[/rest...]``; an empty id raises ``ValueError``."""
    parts = [base, path_id(require_non_empty(name, value)), *rest]
    return "/".join(parts)


class _GroupBase:
    """What both faces of an API group share: the session and the object factory."""

    _session_type: ClassVar[type[Any]] = object

    def __init__(
        self, session: Any, object_factory: ObjectFactory = immutable_data_factory
    ) -> None:
        if not isinstance(session, self._session_type):
            raise TypeError(
                f"session must be a {self._session_type.__name__}, got {type(session).__name__}"
            )
        if not callable(object_factory):
            raise TypeError("object_factory must be callable: factory(model, json_data)")
        self._object_factory = object_factory

    def _page_builder(self, model: Model[M]) -> Callable[[list[Any]], Iterable[M]]:
        """A callable building one page's items (fast path for the default factory)."""
        if self._object_factory is immutable_data_factory:
            return cast(Callable[[list[Any]], list[M]],
                        page_builder(immutable_data_models[model.name]))
        factory, name = self._object_factory, model.name
        return lambda items: (cast(M, factory(name, item)) for item in items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class ApiGroup(_GroupBase):
    """One group of Webex endpoints sharing a session and an object factory.

    Args:
        session: The ``RestSession`` that sends the requests.
        object_factory: Builds the returned objects from JSON: ``factory(model, json)``.
    """

    _session_type = RestSession

    def __init__(
        self, session: RestSession, object_factory: ObjectFactory = immutable_data_factory
    ) -> None:
        super().__init__(session, object_factory)
        self._session = session

    def _get(self, model: Model[M], path: str, params: Mapping[str, Any] | None = None) -> M:
        return cast(M, self._object_factory(model.name, self._session.get(path, params)))

    def _post(self, model: Model[M], path: str, json: Any = None, **kwargs: Any) -> M:
        data = self._session.post(path, json=json, **kwargs)
        return cast(M, self._object_factory(model.name, data))

    def _put(self, model: Model[M], path: str, json: Any = None, **kwargs: Any) -> M:
        data = self._session.put(path, json=json, **kwargs)
        return cast(M, self._object_factory(model.name, data))

    def _list(
        self, model: Model[M], path: str, params: Mapping[str, Any]
    ) -> GeneratorContainer[M]:
        def fetch(page_params: Mapping[str, Any]) -> Iterator[M]:
            build = self._page_builder(model)
            pages = self._session.get_pages(path, page_params)
            # chain hands out the items in C, with no Python frame per item; still lazy.
            return chain.from_iterable(build(page_items(page)) for page in pages)

        return GeneratorContainer(fetch, params)


class AsyncApiGroup(_GroupBase):
    """The asyncio face of an API group: the same endpoints, awaitable.

    Args:
        session: The ``AsyncRestSession`` that sends the requests.
        object_factory: Builds the returned objects from JSON: ``factory(model, json)``.
    """

    _session_type = AsyncRestSession

    def __init__(
        self, session: AsyncRestSession, object_factory: ObjectFactory = immutable_data_factory
    ) -> None:
        super().__init__(session, object_factory)
        self._session = session

    async def _get(
        self, model: Model[M], path: str, params: Mapping[str, Any] | None = None
    ) -> M:
        data = await self._session.get(path, params)
        return cast(M, self._object_factory(model.name, data))

    async def _post(self, model: Model[M], path: str, json: Any = None, **kwargs: Any) -> M:
        data = await self._session.post(path, json=json, **kwargs)
        return cast(M, self._object_factory(model.name, data))

    async def _put(self, model: Model[M], path: str, json: Any = None, **kwargs: Any) -> M:
        data = await self._session.put(path, json=json, **kwargs)
        return cast(M, self._object_factory(model.name, data))

    def _list(
        self, model: Model[M], path: str, params: Mapping[str, Any]
    ) -> AsyncGeneratorContainer[M]:
        async def fetch(page_params: Mapping[str, Any]) -> AsyncIterator[M]:
            build = self._page_builder(model)
            async for page in self._session.get_pages(path, page_params):
                for item in build(page_items(page)):
                    yield item

        return AsyncGeneratorContainer(fetch, params)
