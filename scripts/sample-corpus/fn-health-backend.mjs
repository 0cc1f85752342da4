// Documents with runnable functions: healthcare and web backend/devops. See function-docs.mjs.
import { md } from './fn-text.mjs';

export const FN_HEALTH_BACKEND = [
  {
    source: 'stackoverflow', sc: ['clinical trial data cleaning'],
    k: ['visit windows in trial protocols'], ds: ['deriving study day from the first dose date', 'harmonizing lab units across sites'],
    cs: ['pandas Timedelta date arithmetic', 'custom exception classes'],
    title: 'Study day is off by one before the first dose (there is no day 0)',
    tags: ['python', 'clinical-trials', 'cdisc'],
    body: md`
I'm doing clinical trial data cleaning for a phase II study. Deriving study day from the first dose date follows the SDTM convention: the dose day is day 1 and the day before is day -1, there is no day 0. My pandas Timedelta date arithmetic version gives 0 for the day before. Visit windows in trial protocols are defined in study days, so this matters.

Second question: harmonizing lab units across sites, glucose arrives in mg/dL from two sites and mmol/L from the rest.`,
    answers: [md`
Add one only for dates on or after the first dose. For units, keep a small table and fail loudly (a ValueError or one of your custom exception classes) on units you don't know.

~~~python
from datetime import date


def study_day(visit_date: str, first_dose_date: str) -> int:
    """SDTM study day of an ISO visit date: day 1 is the first dose, there is no day 0."""
    delta = (date.fromisoformat(visit_date) - date.fromisoformat(first_dose_date)).days
    return delta + 1 if delta >= 0 else delta


_GLUCOSE_TO_MMOL = {"mmol/l": 1.0, "mg/dl": 1 / 18.016}


def glucose_mmol(value: float, unit: str) -> float:
    """Glucose converted to mmol/L; unit is 'mmol/L' or 'mg/dL' in any case."""
    factor = _GLUCOSE_TO_MMOL.get(unit.strip().lower())
    if factor is None:
        raise ValueError(f"unknown glucose unit {unit!r}")
    return round(value * factor, 2)
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['hospital readmission prediction'],
    k: ['30-day readmission definitions', 'Charlson comorbidity index'], ds: ['aggregating encounter history per patient'],
    cs: ['pandas groupby aggregation', 'collections Counter and defaultdict', 'csv DictWriter with newline handling'],
    title: 'Flagging 30-day readmissions and a simplified Charlson score',
    tags: ['python', 'healthcare', 'readmission'],
    body: md`
Our hospital readmission prediction project needs labels first. The 30-day readmission definitions we use: an admission within 30 days after a discharge counts, a same-day transfer does not. I also need a simplified Charlson comorbidity index from ICD-10 prefixes.

Reading the file is done like this; it works, but I want the logic itself separately testable:

~~~python
import csv


def load_encounters(path):
    with open(path, newline="") as f:
        return [row for row in csv.DictReader(f)]
~~~

Later I'm aggregating encounter history per patient with pandas groupby aggregation.`,
    answers: [md`
Keep the I/O at the edge and write the two rules as pure functions:

~~~python
from datetime import date

_CHARLSON_WEIGHTS = {"I21": 1, "I50": 1, "E11": 1, "N18": 2, "C78": 6, "B20": 6}


def is_readmission(discharge_date: str, next_admit_date: str, window_days: int = 30) -> bool:
    """True if the next admission starts 1..window_days days after the discharge."""
    gap = (date.fromisoformat(next_admit_date) - date.fromisoformat(discharge_date)).days
    if gap < 0:
        raise ValueError("next admission is before the discharge")
    return 1 <= gap <= window_days


def charlson_score(icd10_codes: list[str]) -> int:
    """Simplified Charlson comorbidity index: each condition group counted once."""
    groups = {code.strip().upper()[:3] for code in icd10_codes}
    return sum(w for prefix, w in _CHARLSON_WEIGHTS.items() if prefix in groups)
~~~

A collections Counter and defaultdict per patient gives you the code list to pass in. Your loader already opens the file with \`newline=""\`, the same rule as for csv DictWriter with newline handling.`],
  },
  {
    source: 'kaggle', sc: ['patient appointment no-show prediction'],
    k: ['lead time between booking and appointment', 'effect of SMS reminders on attendance'], ds: ['encoding patient visit history features'],
    cs: ['pandas datetime parsing with to_datetime', 'scikit-learn LogisticRegression with class_weight'],
    title: 'Lead time is the strongest no-show predictor',
    tags: ['healthcare', 'no-show', 'python'],
    body: md`
# Appointment no-shows: lead time first

Patient appointment no-show prediction on 110,000 outpatient appointments. The lead time between booking and appointment turns out to matter more than age or neighbourhood.

## Data

Booking and appointment timestamps (pandas datetime parsing with to_datetime on the raw columns), SMS flag, past attendance.

~~~python
from datetime import date


def lead_time_days(booked_on: str, appointment_on: str) -> int:
    """Whole days from booking to appointment (ISO dates); same-day bookings are 0."""
    days = (date.fromisoformat(appointment_on) - date.fromisoformat(booked_on)).days
    if days < 0:
        raise ValueError("appointment is before the booking")
    return days


def lead_time_band(days: int) -> str:
    """Band used as a categorical feature."""
    if days < 0:
        raise ValueError("days must not be negative")
    if days == 0:
        return "same day"
    if days <= 7:
        return "1-7"
    if days <= 30:
        return "8-30"
    return "31+"
~~~

Encoding patient visit history features: count of earlier no-shows and days since last visit per patient.

## Results

A scikit-learn LogisticRegression with class_weight balanced reaches ROC AUC 0.73. The effect of SMS reminders on attendance is confounded by lead time: reminders are only sent for appointments more than two days ahead.`,
  },
  {
    source: 'stackoverflow', sc: ['electronic health record de-identification'],
    k: ['protected health information categories'], ds: ['redacting identifiers in free-text notes', 'shifting dates consistently per patient'],
    cs: ['regular expressions with named groups', 'Presidio analyzer with custom recognizers'],
    title: 'Consistent date shifting per patient without storing the offsets',
    tags: ['python', 'deidentification', 'regex'],
    body: md`
For electronic health record de-identification we are shifting dates consistently per patient: every date of one patient moves by the same number of days, different patients by different amounts. I don't want to keep an offset table, and results must be reproducible between runs, so no random module.

Also redacting identifiers in free-text notes: phone numbers in several formats. Presidio analyzer with custom recognizers is planned, but for now a regex. Phone numbers are one of the protected health information categories.`,
    answers: [md`
Derive the offset from a keyed hash of the patient id: deterministic, different per patient, and without the secret nobody can recompute it.

~~~python
import hashlib
import re
from datetime import date, timedelta


def shift_date(iso_date: str, patient_id: str, secret: str, max_days: int = 30) -> str:
    """Shift a date by a per-patient offset in [-max_days, max_days] derived from a keyed hash."""
    if max_days <= 0:
        raise ValueError("max_days must be positive")
    digest = hashlib.sha256(f"{secret}:{patient_id}".encode()).digest()
    offset = int.from_bytes(digest[:4], "big") % (2 * max_days + 1) - max_days
    return (date.fromisoformat(iso_date) + timedelta(days=offset)).isoformat()


_PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[ .-]?)?(?:\(\d{2,4}\)|\d{2,4})[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\d)")


def redact_phone_numbers(text: str) -> str:
    """Replace phone-number-like digit runs with [PHONE]."""
    return _PHONE.sub("[PHONE]", text)
~~~

With regular expressions with named groups you can also keep the country code if the study needs it.`],
  },
  {
    source: 'stackoverflow', sc: ['disease outbreak surveillance'],
    k: ['epidemic curves and the reproduction number'], ds: ['detecting anomalies in weekly case counts'],
    cs: ['pandas resample for time series', 'timezone-aware datetimes with zoneinfo'],
    title: 'Epidemiological week numbers and a week-over-week growth ratio',
    tags: ['python', 'epidemiology', 'datetime'],
    body: md`
For disease outbreak surveillance reports I group case dates into ISO epidemiological weeks. pandas resample for time series gives weeks ending Sunday, but at year boundaries the week number should belong to the ISO year ("2021-W53" for 2021-01-03). Then, for detecting anomalies in weekly case counts, I compare each week with the week before. The growth ratio is a crude stand-in for epidemic curves and the reproduction number.`,
    answers: [md`
\`date.isocalendar()\` already gives the ISO year; no timezone-aware datetimes with zoneinfo needed for dates.

~~~python
from datetime import date


def epi_week(iso_date: str) -> str:
    """ISO week label 'YYYY-Www' of a date, using the ISO year."""
    year, week, _ = date.fromisoformat(iso_date).isocalendar()
    return f"{year}-W{week:02d}"


def growth_ratios(weekly_counts: list[int], lag: int = 1) -> list[float | None]:
    """Count divided by the count lag weeks earlier; None where undefined."""
    if lag <= 0:
        raise ValueError("lag must be positive")
    out = []
    for i, c in enumerate(weekly_counts):
        prev = weekly_counts[i - lag] if i >= lag else 0
        out.append(round(c / prev, 3) if prev else None)
    return out
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['medical image segmentation'],
    k: ['Hounsfield units in CT scans'], ds: ['evaluating masks with the Dice coefficient', 'windowing CT intensities'],
    cs: ['numpy vectorized operations', 'pydicom for reading DICOM files'],
    title: 'Dice coefficient for two empty masks and a CT window function',
    tags: ['python', 'medical-imaging', 'segmentation'],
    body: md`
In medical image segmentation I'm evaluating masks with the Dice coefficient. When both the prediction and the ground truth are empty my code divides by zero. Also, for windowing CT intensities: Hounsfield units in CT scans go from -1000 to 3000 and I want a soft-tissue window (centre 40, width 400) scaled to 0..1. The volumes come from pydicom for reading DICOM files; the functions work on flattened lists in my tests.`,
    answers: [md`
Define Dice of two empty masks as 1 (perfect agreement). With numpy vectorized operations this is one line each; here the list version:

~~~python
def dice(pred: list[int], truth: list[int]) -> float:
    """Dice coefficient of two binary masks of equal length; 1.0 when both are empty."""
    if len(pred) != len(truth):
        raise ValueError("masks must have the same length")
    inter = sum(1 for p, t in zip(pred, truth) if p and t)
    total = sum(1 for p in pred if p) + sum(1 for t in truth if t)
    return 1.0 if total == 0 else 2 * inter / total


def window_hu(values: list[float], center: float = 40, width: float = 400) -> list[float]:
    """Clip Hounsfield units to a window and scale them to [0, 1]."""
    if width <= 0:
        raise ValueError("width must be positive")
    low = center - width / 2
    return [min(max((v - low) / width, 0.0), 1.0) for v in values]
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['web server log analysis'],
    k: ['combined log format fields', 'percentile latency versus average latency'], ds: ['detecting error-rate spikes'],
    cs: ['parsing nginx access logs with regular expressions', 'regular expressions with named groups'],
    title: 'Parse a combined-format nginx line and compute p95 latency',
    tags: ['python', 'nginx', 'regex', 'logging'],
    body: md`
I'm doing web server log analysis on nginx logs with the combined log format fields plus \`$request_time\` at the end. Parsing nginx access logs with regular expressions breaks on requests with quotes in the user agent. And my manager wants p95, not the mean; I understand percentile latency versus average latency but not how to compute it without numpy. After that comes detecting error-rate spikes.`,
    answers: [md`
Use regular expressions with named groups and non-greedy quoted fields. Return \`None\` for lines that don't match, so a stray line doesn't kill the job.

~~~python
import math
import re

_LINE = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<bytes>\d+|-) "(?P<referer>(?:[^"\\]|\\.)*)" "(?P<agent>(?:[^"\\]|\\.)*)"(?: (?P<rt>[\d.]+))?'
)


def parse_log_line(line: str) -> dict | None:
    """Fields of a combined-format log line (status and bytes as ints), or None."""
    m = _LINE.match(line)
    if not m:
        return None
    row = m.groupdict()
    row["status"] = int(row["status"])
    row["bytes"] = 0 if row["bytes"] == "-" else int(row["bytes"])
    row["rt"] = float(row["rt"]) if row["rt"] else None
    return row


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile, p in (0, 100]."""
    if not values:
        raise ValueError("values must not be empty")
    if not 0 < p <= 100:
        raise ValueError("p must be in (0, 100]")
    ordered = sorted(values)
    return ordered[math.ceil(p / 100 * len(ordered)) - 1]
~~~`],
  },
  {
    source: 'kaggle', sc: ['web server log analysis'],
    k: ['bot and crawler traffic'], ds: ['sessionizing requests by client', 'detecting error-rate spikes'],
    cs: ['itertools groupby after sorting', 'pandas rolling window statistics'],
    title: 'Sessions and error spikes in a month of access logs',
    tags: ['logs', 'sessions', 'python'],
    body: md`
# Sessions and error spikes

Web server log analysis of one month of traffic (38 million lines). Bot and crawler traffic was removed by user agent first.

## Data

Parsed log rows: client ip, epoch seconds, status. Sessionizing requests by client uses a 30-minute inactivity gap, after itertools groupby after sorting by ip.

~~~python
def sessionize(timestamps: list[int], gap_seconds: int = 1800) -> list[int]:
    """Session number for each request of one client (timestamps sorted ascending)."""
    if gap_seconds <= 0:
        raise ValueError("gap_seconds must be positive")
    sessions = []
    current = 0
    for i, ts in enumerate(timestamps):
        if i and ts - timestamps[i - 1] > gap_seconds:
            current += 1
        sessions.append(current)
    return sessions


def error_spikes(request_counts: list[int], errors: list[int], threshold: float = 0.05, min_requests: int = 50) -> list[int]:
    """Indices of minutes whose error rate exceeds threshold with enough traffic to matter."""
    return [
        i for i, (n, e) in enumerate(zip(request_counts, errors))
        if n >= min_requests and e / n > threshold
    ]
~~~

## Results

Median session length is 3 requests. Detecting error-rate spikes per minute finds 14 incidents; a pandas rolling window statistics baseline (error rate above three times its one-hour median) finds the same 14 plus two deploys.`,
  },
  {
    source: 'stackoverflow', sc: ['user authentication service'],
    k: ['password hashing with salts'], ds: ['locking accounts after failed logins'],
    cs: ['passlib bcrypt password hashing', 'unittest.mock patch targets'],
    title: 'Account lockout check is impossible to unit test because of time.time()',
    tags: ['python', 'authentication', 'testing'],
    body: md`
Our user authentication service is locking accounts after failed logins: five failures within 15 minutes lock the account. Password hashing with salts is done with passlib bcrypt password hashing, that part is fine. The lockout check reads the clock directly and my tests are flaky:

~~~python
import time


def is_locked(failed_at):
    now = time.time()
    recent = [t for t in failed_at if now - t < 900]
    return len(recent) >= 5
~~~

I tried unittest.mock patch targets on \`time.time\` but patched the wrong module.`,
    answers: [md`
Pass \`now\` in; the caller reads the clock once. Then the function is pure and needs no patching.

~~~python
def is_locked_at(failed_at: list[float], now: float, limit: int = 5, window_seconds: int = 900) -> bool:
    """True if at least limit failures happened in the window_seconds before now."""
    if limit <= 0 or window_seconds <= 0:
        raise ValueError("limit and window_seconds must be positive")
    recent = [t for t in failed_at if 0 <= now - t < window_seconds]
    return len(recent) >= limit


def password_strength(password: str) -> int:
    """Score 0-4: one point each for length >= 12 and for lower, upper and digit/symbol variety."""
    score = 1 if len(password) >= 12 else 0
    score += any(c.islower() for c in password)
    score += any(c.isupper() for c in password)
    score += any(not c.isalpha() for c in password)
    return score
~~~

If you must patch, patch \`yourmodule.time.time\`, where it is looked up.`],
  },
  {
    source: 'stackoverflow', sc: ['background job queue for email notifications'],
    k: ['at-least-once delivery semantics'], ds: ['retrying failed jobs with backoff', 'deduplicating notification sends'],
    cs: ['Celery task retries with exponential backoff', 'functools lru_cache memoization'],
    title: 'Backoff schedule for email retries and an idempotency key',
    tags: ['python', 'celery', 'email'],
    body: md`
Our background job queue for email notifications has at-least-once delivery semantics, so a worker crash means the same email can go out twice. Two things: retrying failed jobs with backoff (Celery task retries with exponential backoff, but I want the schedule visible in the admin UI), and deduplicating notification sends with a key.

My jitter version:

~~~python
import random


def jittered_delay(attempt):
    return random.uniform(0, min(600, 2 ** attempt * 10))
~~~

QA says the admin UI shows different schedules on every refresh.`,
    answers: [md`
Show the deterministic schedule (the cap and base are what ops care about) and add jitter only when actually scheduling. The dedupe key is a hash of what makes a send unique.

~~~python
import hashlib


def backoff_schedule(retries: int, base_seconds: int = 10, cap_seconds: int = 600) -> list[int]:
    """Delay before each retry: base * 2**n, capped."""
    if retries < 0:
        raise ValueError("retries must not be negative")
    return [min(cap_seconds, base_seconds * 2 ** n) for n in range(retries)]


def notification_key(user_id: int, template: str, day: str) -> str:
    """Idempotency key: one send per user, template and day."""
    raw = f"{user_id}:{template.strip().lower()}:{day}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]
~~~

functools lru_cache memoization won't help with dedupe across workers; store the key with a unique constraint.`],
  },
  {
    source: 'stackoverflow', sc: ['CI/CD pipeline automation'],
    k: ['semantic versioning'], ds: ['promoting builds between environments'],
    cs: ['argparse command-line interfaces', 'GitHub Actions workflow matrix'],
    title: 'Bumping a semantic version in the release script',
    tags: ['python', 'semver', 'ci'],
    body: md`
In our CI/CD pipeline automation, a release step bumps the version before promoting builds between environments. Semantic versioning: a major bump resets minor and patch, a minor bump resets patch. Pre-release suffixes like "-rc.1" should be dropped on bump.

The script currently gets the last tag like this, which only works on runners with git and a full clone:

~~~python
import subprocess


def git_describe():
    return subprocess.run(["git", "describe", "--tags"], capture_output=True, text=True).stdout.strip()
~~~

The CLI around it uses argparse command-line interfaces; the GitHub Actions workflow matrix runs it once per package.`,
    answers: [md`
Keep the parsing and bumping pure:

~~~python
import re

_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.]+)?$")


def bump_version(version: str, part: str) -> str:
    """Next version for part 'major', 'minor' or 'patch'; a pre-release suffix is dropped."""
    m = _SEMVER.match(version.strip())
    if not m:
        raise ValueError(f"not a semantic version: {version!r}")
    major, minor, patch = map(int, m.groups())
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError("part must be major, minor or patch")
~~~

Note that for "1.4.0-rc.1" a patch bump gives "1.4.1"; if you want "1.4.0" (the release of the candidate), add a "release" part.`],
  },
  {
    source: 'stackoverflow', sc: ['infrastructure monitoring and alerting'],
    k: ['SLOs and error budgets'], ds: ['aggregating latency with histograms', 'deriving alert thresholds from SLOs'],
    cs: ['Prometheus client metrics', 'numpy vectorized operations'],
    title: 'Remaining error budget and a quantile from histogram buckets',
    tags: ['python', 'prometheus', 'sre'],
    body: md`
For infrastructure monitoring and alerting I'm writing a report job (not PromQL) that reads Prometheus client metrics dumps. I need the remaining error budget given an SLO, and a latency quantile from cumulative histogram buckets, i.e. aggregating latency with histograms like \`histogram_quantile\` does. SLOs and error budgets are new to the team, so the code should be readable.`,
    answers: [md`
Budget: allowed failures are (1 - slo) * total. Quantile: find the bucket where the cumulative count crosses the rank and interpolate linearly inside it, like Prometheus. This is also the base for deriving alert thresholds from SLOs; for many series at once, numpy vectorized operations do the same per column.

~~~python
def error_budget_remaining(slo: float, total: int, failed: int) -> float:
    """Share of the error budget still unused (negative when overspent)."""
    if not 0 < slo < 1:
        raise ValueError("slo must be between 0 and 1")
    if total <= 0:
        raise ValueError("total must be positive")
    allowed = (1 - slo) * total
    return round(1 - failed / allowed, 4)


def histogram_quantile(q: float, buckets: list[list[float]]) -> float:
    """Quantile from cumulative [upper_bound, count] buckets, interpolated within a bucket."""
    if not 0 <= q <= 1:
        raise ValueError("q must be in [0, 1]")
    if not buckets or buckets[-1][1] == 0:
        raise ValueError("buckets must hold observations")
    rank = q * buckets[-1][1]
    lower_bound, lower_count = 0.0, 0.0
    for upper_bound, count in buckets:
        if count >= rank:
            if count == lower_count:
                return upper_bound
            return lower_bound + (upper_bound - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = upper_bound, count
    return buckets[-1][0]
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['URL shortener service'],
    k: ['hash collisions in short codes'], ds: ['generating short codes with base62 encoding'],
    cs: ['pytest fixtures and parametrize', 'Redis caching with redis-py'],
    title: 'base62 encode/decode round trip fails for 0',
    tags: ['python', 'base62', 'url-shortener'],
    body: md`
Our URL shortener service is generating short codes with base62 encoding of the database id, which avoids hash collisions in short codes entirely. My encoder returns an empty string for id 0, and decoding "" crashes. Lookups are cached with Redis caching with redis-py, keyed by code.`,
    answers: [md`
Special-case zero and validate the alphabet on decode. A round-trip test with pytest fixtures and parametrize over a few hundred ids catches this class of bug.

~~~python
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n: int) -> str:
    """Base62 code of a non-negative integer."""
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return ALPHABET[0]
    digits = []
    while n:
        n, r = divmod(n, 62)
        digits.append(ALPHABET[r])
    return "".join(reversed(digits))


def base62_decode(code: str) -> int:
    """Integer for a base62 code."""
    if not code:
        raise ValueError("code must not be empty")
    n = 0
    for c in code:
        i = ALPHABET.find(c)
        if i < 0:
            raise ValueError(f"invalid base62 character {c!r}")
        n = n * 62 + i
    return n
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['real-time chat backend'],
    k: ['message ordering guarantees'], ds: ['paginating chat history with cursors'],
    cs: ['WebSocket connections in FastAPI', 'json serialization of datetime objects'],
    title: 'Opaque cursors for chat history pagination',
    tags: ['python', 'pagination', 'fastapi'],
    body: md`
The real-time chat backend streams new messages over WebSocket connections in FastAPI, and the history endpoint is paginating chat history with cursors. Two messages can share a timestamp, so message ordering guarantees need (timestamp, id) in the cursor. I'd like an opaque, URL-safe cursor string. json serialization of datetime objects is already solved by sending epoch milliseconds.`,
    answers: [md`
Encode the pair as URL-safe base64 without padding; decoding validates the shape so a tampered cursor gives a 400 instead of a 500.

~~~python
import base64


def encode_cursor(ts_ms: int, message_id: int) -> str:
    """Opaque URL-safe cursor for the position (ts_ms, message_id)."""
    raw = f"{ts_ms}:{message_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """(ts_ms, message_id) of a cursor made by encode_cursor."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ts, mid = raw.split(":")
        return int(ts), int(mid)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError("invalid cursor") from exc
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['infrastructure monitoring and alerting'],
    k: ['alert fatigue'], ds: ['deriving alert thresholds from SLOs'],
    cs: ['logging configuration with handlers', 'regular expressions with named groups'],
    title: 'Parsing "1h30m" durations in alert rules',
    tags: ['python', 'parsing', 'monitoring'],
    body: md`
Our infrastructure monitoring and alerting config lets people write "for" durations like "90s", "5m" or "1h30m". Alert fatigue is bad enough, so we want short durations rejected early. I also have a helper that prints the rule list at startup:

~~~python
def print_alert_summary(rules):
    for rule in rules:
        print(f"{rule['name']:<30} for={rule['for']} severity={rule['severity']}")
~~~

How do I parse the durations robustly? (I know the summary should go through logging configuration with handlers rather than print.)`,
    answers: [md`
One pattern with regular expressions with named groups, each unit optional but at least one present:

~~~python
import re

_DURATION = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$")


def parse_duration(text: str) -> int:
    """Seconds in a duration like '1h30m', '5m' or '90s'."""
    m = _DURATION.match(text.strip().lower())
    if not m or not any(m.groupdict().values()):
        raise ValueError(f"invalid duration {text!r}")
    h, mi, s = (int(m.group(k) or 0) for k in ("h", "m", "s"))
    return h * 3600 + mi * 60 + s
~~~

Then deriving alert thresholds from SLOs can enforce a minimum, e.g. reject anything under 60 seconds.`],
  },
  {
    source: 'stackoverflow', sc: ['background job queue for email notifications'],
    k: ['email bounce and complaint handling'], ds: ['deduplicating notification sends'],
    cs: ['environment variables with python-dotenv', 'enum classes for status values'],
    title: 'Classifying bounces; settings loader reads the wrong environment',
    tags: ['python', 'email', 'configuration'],
    body: md`
Part of our background job queue for email notifications is email bounce and complaint handling: hard bounces suppress the address, soft bounces retry. The SMTP status codes come from the provider's webhook. Settings come from environment variables with python-dotenv:

~~~python
import os


def load_settings():
    return {"smtp_host": os.environ["SMTP_HOST"], "max_retries": int(os.environ.get("MAX_RETRIES", "3"))}
~~~

How should I map SMTP codes to an action? We use enum classes for status values elsewhere. Suppressing addresses also helps deduplicating notification sends.`,
    answers: [md`
Classify by the enhanced status code class (the first digit), with a few explicit exceptions:

~~~python
def bounce_action(smtp_code: str) -> str:
    """'suppress', 'retry' or 'ok' for an enhanced SMTP status code like '5.1.1'."""
    parts = smtp_code.strip().split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not an enhanced status code: {smtp_code!r}")
    klass, subject, detail = map(int, parts)
    if klass == 2:
        return "ok"
    if klass == 5 and (subject, detail) != (2, 2):  # 5.2.2 mailbox full is temporary in practice
        return "suppress"
    return "retry"
~~~`],
  },
];
