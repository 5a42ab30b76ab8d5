"""The web app: server-rendered pages, each with a JSON twin under `/api`.

Every page is one view function (``views.py``) returning a dict. ``twin()`` registers it twice:
the HTML route renders the dict with a Jinja2 template (autoescaped), the API route returns the
dict as JSON and is listed in the OpenAPI schema (`/openapi.json`). The app is read-only and
serves every script, style and map shape itself (`/static`); the Content-Security-Policy header
forbids loading anything from elsewhere.

    communique serve --db news.duckdb --port 8000
"""
import contextlib
import inspect
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from .. import __version__
from ..errors import CommuniqueError
from . import views

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")

NAV = [("/", "Overview"), ("/events", "Events"), ("/articles", "Articles"), ("/pairs", "Pairs"),
       ("/actors", "Actors"), ("/agreements", "Agreements"), ("/stories", "Stories"),
       ("/network", "Network"), ("/map", "Map")]


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.globals["nav"] = NAV
    env.globals["version"] = __version__
    env.globals["urlencode"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "")})
    return env


class _Holder:
    """The one store the app reads, and a lock: a DuckDB connection is not for concurrent use."""

    def __init__(self) -> None:
        self.store: Any = None
        self.lock = threading.Lock()


def create_app(db: str | None = None, store: Any = None) -> FastAPI:
    """Build the app over a database file (opened read-only) or over a store object."""
    holder = _Holder()

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        with contextlib.ExitStack() as stack:
            if store is not None:
                holder.store = store
            else:
                from ..store import Store

                holder.store = stack.enter_context(Store.open(db, read_only=True))
            yield
            holder.store = None

    app = FastAPI(title="communique", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Read-only JSON API over coded news events. Every `/api/...` route is the "
                              "JSON twin of the HTML page at the same path without `/api` "
                              "(`/api/overview` is the twin of `/`). The interactive docs pages are switched off because "
                              "they load scripts from a CDN; read this schema instead.")
    templates = Jinja2Templates(env=_environment())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def use_store():
        with holder.lock:
            yield holder.store

    StoreDep = Annotated[Any, Depends(use_store)]

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(views.NotFound)
    async def not_found(request: Request, exc: views.NotFound):
        return _error(request, 404, str(exc))

    @app.exception_handler(CommuniqueError)
    async def communique_error(request: Request, exc: CommuniqueError):
        return _error(request, 500, str(exc))

    def _error(request: Request, status: int, message: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"data": {"title": "Not found" if status == 404
                                                                           else "Error", "message": message}},
                                          status_code=status)

    def twin(path: str, template: str, summary: str, api_path: str | None = None) -> Callable:
        """Register ``endpoint`` as the JSON route `/api{path}` and as the HTML page `{path}`."""

        def register(endpoint: Callable[..., dict]) -> Callable[..., dict]:
            app.add_api_route(api_path or "/api" + path, endpoint, methods=["GET"], summary=summary,
                              tags=["api"], response_model=dict[str, Any],
                              description=(endpoint.__doc__ or summary) + f"\n\nHTML twin: `{path}`.")
            sig = inspect.signature(endpoint)

            def page(request: Request, **kwargs):
                data = endpoint(**kwargs)
                api = (api_path or "/api" + request.url.path)
                if request.url.query:
                    api += "?" + request.url.query
                return templates.TemplateResponse(request, template, {"data": data, "api_url": api,
                                                                      "path": request.url.path})

            page.__signature__ = sig.replace(parameters=[
                inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request),
                *sig.parameters.values()])
            page.__name__ = endpoint.__name__ + "_page"
            app.add_api_route(path, page, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
            return endpoint

        return register

    # ------------------------------------------------------------------------ pages and their twins

    @twin("/", "overview.html", "Overview: counts by type over time, busiest pairs, latest stories",
          api_path="/api/overview")
    def overview(*, store: StoreDep) -> dict:
        return views.overview(store)

    @twin("/events", "events.html", "Events, filtered, sorted and paginated")
    def events(*, store: StoreDep,
               country: Annotated[str | None, Query(description="ISO3 code as source or target")] = None,
               actor: Annotated[str | None, Query(description="text in the source or target name")] = None,
               pair: Annotated[str | None, Query(description="two ISO3 codes, e.g. VNM-CHL")] = None,
               type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT")] = None,  # noqa: A002
               status: Annotated[str | None, Query(description="occurred, planned, negated, ...")] = None,
               since: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
               until: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
               text: Annotated[str | None, Query(description="text in the evidence sentence")] = None,
               sort: Annotated[str, Query(description="one of " + ", ".join(views.EVENT_SORTS))] = "date",
               page: Annotated[int, Query(ge=1)] = 1,
               per_page: Annotated[int, Query(ge=1, le=500)] = views.PAGE_SIZE) -> dict:
        return views.events_list(store, country=country, actor=actor, pair=pair, type=type, status=status,
                                 since=since, until=until, text=text, sort=sort, page=page, per_page=per_page)

    @twin("/events/{event_id}", "event.html", "One event with every source, its sentence and highlights")
    def event(*, store: StoreDep, event_id: str) -> dict:
        return views.event_detail(store, event_id)

    @twin("/articles", "articles.html", "Stored articles, newest first")
    def articles(*, store: StoreDep, page: Annotated[int, Query(ge=1)] = 1) -> dict:
        return views.articles_list(store, page=page)

    @twin("/articles/{doc_id}", "article.html", "One article's text with actor and event highlights")
    def article(*, store: StoreDep, doc_id: str) -> dict:
        return views.article_detail(store, doc_id)

    @twin("/pairs", "pairs.html", "Country pairs by number of events")
    def pairs(*, store: StoreDep) -> dict:
        return views.pairs_list(store)

    @twin("/pairs/{a}/{b}", "pair.html", "A country pair: relationship level, history and timeline")
    def pair(*, store: StoreDep, a: str, b: str) -> dict:
        return views.pair_detail(store, a, b)

    @twin("/actors", "actors.html", "Known actors")
    def actors(*, store: StoreDep) -> dict:
        return views.actors_list(store)

    @twin("/actors/{name}", "actor.html", "One actor: aliases, titles over time, events")
    def actor(*, store: StoreDep, name: str) -> dict:
        return views.actor_detail(store, name)

    @twin("/agreements", "agreements.html", "Agreements signed or announced")
    def agreements(*, store: StoreDep) -> dict:
        return views.agreements_list(store)

    @twin("/stories", "stories.html", "Stories: articles clustered around one happening")
    def stories(*, store: StoreDep) -> dict:
        return views.stories_list(store)

    @twin("/stories/{story_id}", "story.html", "One story with its articles and merged events")
    def story(*, store: StoreDep, story_id: str) -> dict:
        return views.story_detail(store, story_id)

    @twin("/network", "network.html", "Network of country interactions (edges: pairs)")
    def network(*, store: StoreDep) -> dict:
        return views.network(store)

    @twin("/map", "map.html", "Places of events (points at lat/lon)")
    def event_map(*, store: StoreDep) -> dict:
        return views.event_map(store)

    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted (`communique serve`)."""
    import uvicorn

    if not Path(db).exists():
        raise CommuniqueError(f"database {db} does not exist: build it first with `communique ingest PATH --db {db}`")
    uvicorn.run(create_app(db=db), host=host, port=port, log_level="info")
