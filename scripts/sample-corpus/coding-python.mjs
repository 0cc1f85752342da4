// General coding skills: the Python standard library, async and HTTP clients, SQL.
// Entry: [name, category, tags, issue, tried, output | null, fix, explanation, language?]
const r = String.raw;
const BT = '`';

export const PY_SKILLS = [
  ['regular expressions with named groups', 'py', 'regex',
    'my regex works on most lines but the tuple indexes are impossible to maintain',
    r`m = re.findall(r"(\w+)-(\d{4})-(\d+)", line)
prefix, year, seq = m[0]`, 'IndexError: list index out of range',
    r`PATTERN = re.compile(r"(?P<prefix>[A-Z]+)-(?P<year>\d{4})-(?P<seq>\d+)")
m = PATTERN.search(line)
if m:
    record = m.groupdict()  # {'prefix': ..., 'year': ..., 'seq': ...}`,
    'Compile the pattern once, name the groups, and check for a match before reading it; groupdict() gives you a readable record.'],
  ['logging configuration with handlers', 'py', 'logging',
    'my logging.info calls print nothing at all',
    r`import logging
logging.info("loaded %d $(noun)", n)`, null,
    r`logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    handlers=[logging.StreamHandler(), logging.FileHandler("run.log")],
)
log = logging.getLogger(__name__)
log.info("loaded %d $(noun)", n)`,
    'The root logger defaults to WARNING. Configure it once at start-up and use a module-level logger everywhere else.'],
  ['pytest fixtures and parametrize', 'py', 'pytest testing',
    'my tests repeat the same setup and each one checks a single input',
    r`def test_parse_first():
    rows = load_sample()
    assert parse(rows[0]) is not None`, null,
    r`@pytest.fixture
def rows():
    return load_sample()

@pytest.mark.parametrize("idx,expected", [(0, "ok"), (1, "ok"), (5, "invalid")])
def test_parse(rows, idx, expected):
    assert parse(rows[idx]).status == expected`,
    'A fixture builds the shared input once per test, and parametrize turns one test body into a table of cases.'],
  ['dataclasses with default_factory', 'py', 'dataclasses',
    'a dataclass with a list field fails at import time',
    r`@dataclass
class Record:
    $(id): str
    tags: list = []`,
    "ValueError: mutable default <class 'list'> for field tags is not allowed: use default_factory",
    r`@dataclass
class Record:
    $(id): str
    tags: list[str] = field(default_factory=list)`,
    'A mutable default would be shared by every instance, so dataclasses refuse it. default_factory creates a fresh list per instance.'],
  ['json serialization of datetime objects', 'py', 'json datetime',
    'json.dumps fails on my record because of a timestamp',
    r`json.dumps({"$(id)": rid, "$(ts)": datetime.now()})`,
    'TypeError: Object of type datetime is not JSON serializable',
    r`def to_json(o):
    if isinstance(o, (datetime, date)):
        return o.isoformat()
    raise TypeError(f"cannot serialize {type(o).__name__}")

json.dumps(payload, default=to_json)`,
    'Give json.dumps a default= hook that converts dates to ISO 8601 strings and still fails loudly on anything unexpected.'],
  ['pathlib for file paths', 'py', 'pathlib',
    'the file paths break when a colleague runs the script from another folder or on Windows',
    r`for name in os.listdir("data/raw"):
    frame = pd.read_csv("data/raw/" + name)`, "FileNotFoundError: [Errno 2] No such file or directory: 'data/raw'",
    r`DATA = Path(__file__).resolve().parent / "data" / "raw"
for path in sorted(DATA.glob("*.csv")):
    frame = pd.read_csv(path)`,
    'Build paths relative to the script with pathlib rather than the working directory, and let Path handle separators.'],
  ['collections Counter and defaultdict', 'py', 'collections',
    'counting with a plain dict raises KeyError on the first new key',
    r`counts = {}
for rec in rows:
    counts[rec["$(cat)"]] += 1`, "KeyError: 'A17'",
    r`counts = Counter(rec["$(cat)"] for rec in rows)
by_key = defaultdict(list)
for rec in rows:
    by_key[rec["$(id)"]].append(rec)
print(counts.most_common(5))`,
    'Counter and defaultdict create missing entries for you, and most_common gives the top keys directly.'],
  ['escaping ' + BT + 'backticks' + BT + ' in markdown output', 'py', 'markdown',
    'values that contain backticks break the markdown report I generate',
    'lines.append(f"| {name} | ' + BT + '{value}' + BT + ' |")', null,
    'def md_code(s: str) -> str:\n    fence = "' + BT + BT + '" if "' + BT + '" in s else "' + BT + '"\n    return f"{fence} {s} {fence}"\n\nlines.append(f"| {name} | {md_code(value)} |".replace("||", "| |"))',
    'Use a longer backtick fence than any run of backticks inside the value, padded with spaces.'],
  ['f-string formatting with {braces}', 'py', 'string-formatting',
    'building a JSON-like string with an f-string gives a syntax error',
    r`msg = f"{"$(id)": {rid}, "status": "{status}"}"`, "SyntaxError: f-string: expecting '}'",
    r`msg = f'{{"$(id)": "{rid}", "status": "{status}"}}'
# better: let json do the quoting and escaping
msg = json.dumps({"$(id)": rid, "status": status})`,
    'Literal braces inside an f-string are written doubled, {{ and }}. For JSON, json.dumps handles quoting and escaping for you.'],
  ['timezone-aware datetimes with zoneinfo', 'py', 'datetime timezone',
    'comparing timestamps fails because some are naive and some are aware',
    r`cutoff = datetime(2024, 3, 31, 2, 30)
recent = [rec for rec in rows if rec["$(ts)"] > cutoff]`,
    "TypeError: can't compare offset-naive and offset-aware datetimes",
    r`local = ZoneInfo("Europe/Berlin")
cutoff = datetime(2024, 3, 31, 2, 30, tzinfo=local).astimezone(timezone.utc)
recent = [rec for rec in rows if rec["$(ts)"] > cutoff]`,
    'Attach the real time zone with zoneinfo, convert to UTC, and compare only aware datetimes.'],
  ['type hints with TypedDict', 'py', 'typing mypy',
    'mypy cannot tell which keys my record dicts have',
    r`def total(rec: dict) -> float:
    return rec["$(y)"] * rec["qty"]`, null,
    r`class Rec(TypedDict):
    $(id): str
    $(y): float
    qty: int

def total(rec: Rec) -> float:
    return rec["$(y)"] * rec["qty"]`,
    'A TypedDict documents the keys and their types, and the type checker then catches typos and wrong value types.'],
  ['unittest.mock patch targets', 'py', 'testing mock',
    'my patch has no effect and the test still calls the real API',
    r`@patch("requests.get")
def test_fetch(mock_get):
    assert fetch_all() == []`, null,
    r`# client.py does "from requests import get", so patch the name where it is used
@patch("myapp.client.get")
def test_fetch(mock_get):
    mock_get.return_value.json.return_value = {"items": []}
    assert fetch_all() == []`,
    'Patch the name in the module that looks it up, not where it was originally defined.'],
  ['itertools groupby after sorting', 'py', 'itertools',
    'itertools.groupby returns the same key several times',
    r`for key, grp in groupby(rows, key=itemgetter("$(id)")):
    batches[key] = list(grp)`, null,
    r`rows.sort(key=itemgetter("$(id)", "$(ts)"))
for key, grp in groupby(rows, key=itemgetter("$(id)")):
    batches[key] = list(grp)`,
    'itertools.groupby only groups consecutive items, unlike SQL GROUP BY. Sort by the same key first.'],
  ['generator functions for streaming data', 'py', 'generators',
    'loading the whole file into a list uses all my memory',
    r`def read_all(path):
    return [json.loads(line) for line in open(path)]`, null,
    r`def read_records(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)

total = sum(rec["$(y)"] for rec in read_records("$(noun).jsonl"))`,
    'A generator yields one record at a time, so memory stays flat and the file is closed properly.'],
  ['custom exception classes', 'py', 'exceptions',
    'the code catches Exception everywhere and I cannot tell bad input from real bugs',
    r`try:
    process(rec)
except Exception:
    skipped += 1`, null,
    r`class ValidationError(ValueError):
    def __init__(self, field: str, msg: str):
        super().__init__(f"{field}: {msg}")
        self.field = field

try:
    validate(rec)
except ValidationError as err:
    rejected.append((rec, err.field))`,
    'Raise a specific exception type for expected bad input and catch only that; real bugs then still surface.'],
  ['csv DictWriter with newline handling', 'py', 'csv',
    'the CSV I write has blank lines between rows on Windows',
    r`with open("out.csv", "w") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writerows(rows)`, null,
    r`with open("out.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)`,
    'The csv module writes its own line endings, so open the file with newline="" and an explicit encoding.'],
  ['functools lru_cache memoization', 'py', 'functools performance',
    'the same expensive lookup is recomputed thousands of times',
    r`for rec in rows:
    rec["meta"] = lookup(rec["$(cat)"])  # each call takes ~50 ms`, null,
    r`@lru_cache(maxsize=4096)
def lookup(key: str) -> dict:
    return slow_fetch(key)

print(lookup.cache_info())`,
    'Cache results of a pure function keyed by its arguments; cache_info() shows the hit rate.'],
  ['argparse command-line interfaces', 'py', 'argparse cli',
    'my script reads sys.argv by position and breaks whenever an option is missing',
    r`start, end = sys.argv[1], sys.argv[2]`, 'IndexError: list index out of range',
    r`parser = argparse.ArgumentParser(description="Process $(noun)")
parser.add_argument("--start", type=date.fromisoformat, required=True)
parser.add_argument("--end", type=date.fromisoformat, default=date.today())
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args()`,
    'argparse gives typed options, defaults and a --help message for free.'],
  ['enum classes for status values', 'py', 'enum',
    'status strings are compared everywhere and a typo silently breaks the logic',
    r`if rec["status"] == "proccessed":
    done += 1`, null,
    r`class Status(StrEnum):
    NEW = "new"
    PROCESSED = "processed"
    FAILED = "failed"

if Status(rec["status"]) is Status.PROCESSED:
    done += 1`,
    'An Enum makes the valid values explicit and fails immediately on an unknown one.'],
  ['context managers with contextlib', 'py', 'contextlib',
    'resources stay open when an exception happens halfway through',
    r`conn = connect()
rows = conn.fetch_all()
conn.close()`, null,
    r`@contextmanager
def connection():
    conn = connect()
    try:
        yield conn
    finally:
        conn.close()

with connection() as conn:
    rows = conn.fetch_all()`,
    'A context manager guarantees cleanup in finally, whether or not the block raises.'],
  ['sorting with key functions', 'py', 'sorting',
    'sorting records by two fields, one descending, gives the wrong order',
    r`rows.sort(key=lambda rec: rec["$(y)"], reverse=True)
rows.sort(key=lambda rec: rec["$(cat)"])`, null,
    r`rows.sort(key=lambda rec: (rec["$(cat)"], -rec["$(y)"]))
top = sorted(rows, key=itemgetter("$(y)"), reverse=True)[:10]`,
    'Sort once with a tuple key; negate numeric fields that should be descending.'],
  ['concurrent.futures ThreadPoolExecutor', 'py', 'concurrency',
    'downloading the files one by one takes far too long',
    r`for url in urls:
    results.append(download(url))`, null,
    r`with ThreadPoolExecutor(max_workers=8) as pool:
    futures = {pool.submit(download, url): url for url in urls}
    for fut in as_completed(futures):
        results[futures[fut]] = fut.result()`,
    'I/O-bound work parallelizes well with threads; as_completed lets you handle results as they arrive.'],
];

export const WEB_SKILLS = [
  ['requests with retries and timeouts', 'web', 'requests http',
    'my script hangs forever when the API stops responding',
    r`resp = requests.get(url, params=params)
data = resp.json()`, null,
    r`session = requests.Session()
retry = Retry(total=5, backoff_factor=0.5, status_forcelist=[429, 500, 502, 503, 504])
session.mount("https://", HTTPAdapter(max_retries=retry))
resp = session.get(url, params=params, timeout=(3.05, 30))
resp.raise_for_status()`,
    'requests has no default timeout. Always pass one, and mount a Retry adapter for transient errors.'],
  ['asyncio gather with semaphores', 'web', 'asyncio',
    'firing thousands of requests at once gets me rate-limited',
    r`results = await asyncio.gather(*(client.get(u) for u in urls))`,
    'httpx.HTTPStatusError: Client error \'429 Too Many Requests\'',
    r`sem = asyncio.Semaphore(20)

async def fetch(client, u):
    async with sem:
        resp = await client.get(u, timeout=10)
        return resp.json()

results = await asyncio.gather(*(fetch(client, u) for u in urls), return_exceptions=True)`,
    'A semaphore caps how many requests are in flight while gather still runs them concurrently.'],
  ['pydantic model validation', 'web', 'pydantic',
    'validation rejects numbers written with a decimal comma',
    r`class Item(BaseModel):
    $(id): str
    $(y): float

Item(**{"$(id)": "A1", "$(y)": "12,5"})`,
    "pydantic_core._pydantic_core.ValidationError: 1 validation error for Item\n$(y)\n  Input should be a valid number, unable to parse string as a number [type=float_parsing, input_value='12,5', input_type=str]",
    r`class Item(BaseModel):
    $(id): str
    $(y): float

    @field_validator("$(y)", mode="before")
    @classmethod
    def decimal_comma(cls, v):
        return v.replace(",", ".") if isinstance(v, str) else v`,
    'A before-validator can normalize the raw input, and the float type check still runs afterwards.'],
  ['environment variables with python-dotenv', 'web', 'configuration',
    'the secret is None in production although it works locally',
    r`API_KEY = os.getenv("API_KEY")`, null,
    r`load_dotenv()  # local development only; production sets real variables
API_KEY = os.environ["API_KEY"]  # fail fast at start-up if missing`,
    'Read required settings with os.environ[...] so a missing variable fails at start-up rather than on first use.'],
  ['asyncio task groups', 'web', 'asyncio',
    'when one task fails the others keep running and the error disappears',
    r`tasks = [asyncio.create_task(work(x)) for x in items]
await asyncio.wait(tasks)`, null,
    r`async with asyncio.TaskGroup() as tg:
    tasks = [tg.create_task(work(x)) for x in items]
results = [t.result() for t in tasks]`,
    'A TaskGroup (Python 3.11+) cancels the siblings when one task fails and re-raises the errors as an ExceptionGroup.'],
];

export const DB_SKILLS = [
  ['parameterized SQL queries with sqlite3', 'db', 'sql sqlite',
    'my query breaks on values with an apostrophe in them',
    r`cur.execute(f"SELECT * FROM $(table) WHERE $(cat) = '{value}'")`,
    'sqlite3.OperationalError: near "s": syntax error',
    r`cur.execute("SELECT * FROM $(table) WHERE $(cat) = ?", (value,))
rows = cur.fetchall()`,
    'Never format values into SQL. Placeholders send the value separately, which fixes quoting and closes the injection hole.'],
  ['pandas read_sql with SQLAlchemy engine', 'db', 'pandas sqlalchemy',
    'read_sql warns about my connection object and the dates come back as strings',
    r`conn = psycopg2.connect(DSN)
$(df) = pd.read_sql("SELECT * FROM $(table)", conn)`,
    'UserWarning: pandas only supports SQLAlchemy connectable (engine/connection) or database string URI or sqlite3 DBAPI2 connection. Other DBAPI2 objects are not tested.',
    r`engine = create_engine(DATABASE_URL)
query = text("SELECT * FROM $(table) WHERE $(ts) >= :start")
$(df) = pd.read_sql(query, engine, params={"start": start}, parse_dates=["$(ts)"])`,
    'Give pandas an SQLAlchemy engine, bind parameters with text(), and ask for date parsing explicitly.'],
  ['SQL window functions with LAG', 'db', 'sql',
    'I need the previous row per $(id) in SQL and my self-join is very slow',
    r`SELECT a.$(id), a.$(ts), a.$(y) - b.$(y) AS delta
FROM $(table) a JOIN $(table) b
  ON a.$(id) = b.$(id) AND b.$(ts) = (SELECT MAX($(ts)) FROM $(table) c
                                  WHERE c.$(id) = a.$(id) AND c.$(ts) < a.$(ts));`, null,
    r`SELECT $(id), $(ts),
       $(y) - LAG($(y)) OVER (PARTITION BY $(id) ORDER BY $(ts)) AS delta
FROM $(table);`,
    'A window function reads the previous row of the same partition in one pass.', 'sql'],
  ['SQL GROUP BY with HAVING', 'db', 'sql',
    'filtering on an aggregate in WHERE gives an error',
    r`SELECT $(cat), COUNT(*) AS n FROM $(table) WHERE COUNT(*) > 50 GROUP BY $(cat);`,
    'ERROR: aggregate functions are not allowed in WHERE',
    r`SELECT $(cat), COUNT(*) AS n, AVG($(y)) AS avg_value
FROM $(table)
GROUP BY $(cat)
HAVING COUNT(*) > 50
ORDER BY n DESC;`,
    'WHERE filters rows before grouping; HAVING filters groups after aggregation.', 'sql'],
];
