// Documents with runnable functions: geospatial/transport, science/energy and education/HR. See function-docs.mjs.
import { md } from './fn-text.mjs';

export const FN_GEO_SCIENCE_EDU = [
  {
    source: 'stackoverflow', sc: ['delivery route optimization'],
    k: ['vehicle routing problem with time windows'], ds: ['building a distance matrix for routing'],
    cs: ['haversine distance with numpy', 'OR-Tools routing solver'],
    title: 'Haversine distance matrix for the routing solver gives kilometres off by 1000x',
    tags: ['python', 'geospatial', 'routing'],
    body: md`
For delivery route optimization I'm building a distance matrix for routing and feed it to the OR-Tools routing solver (vehicle routing problem with time windows). The solver wants integer metres. My haversine distance with numpy version mixes degrees and radians somewhere. Could someone show a plain reference implementation?`,
    answers: [md`
Convert to radians once; use the mean Earth radius in kilometres and multiply at the end.

~~~python
import math

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    for lat in (lat1, lat2):
        if not -90 <= lat <= 90:
            raise ValueError("latitude must be between -90 and 90")
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def distance_matrix_m(points: list[list[float]]) -> list[list[int]]:
    """Symmetric matrix of rounded distances in metres between [lat, lon] points."""
    n = len(points)
    matrix = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            d = round(haversine_km(*points[i], *points[j]) * 1000)
            matrix[i][j] = matrix[j][i] = d
    return matrix
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['GPS trajectory cleaning'],
    k: ['speed outliers from GPS jumps'], ds: ['simplifying tracks with Douglas-Peucker', 'detecting stay points in trajectories'],
    cs: ['shapely point-in-polygon tests', 'numpy vectorized operations'],
    title: 'Dropping GPS jumps by implied speed, then Douglas-Peucker',
    tags: ['python', 'gps', 'geometry'],
    body: md`
GPS trajectory cleaning for bike rides: speed outliers from GPS jumps (a point 2 km off for one second) must go before simplifying tracks with Douglas-Peucker. Detecting stay points in trajectories comes after that. Points are [t_seconds, x_m, y_m] in a projected CRS. I'd rather not pull in shapely point-in-polygon tests or its simplify for this small step.`,
    answers: [md`
Compare each point with the last kept point, so one jump doesn't also remove the good point after it. For simplification, a recursive Douglas-Peucker on the projected coordinates (numpy vectorized operations help for long tracks).

~~~python
import math


def drop_speed_outliers(points: list[list[float]], max_speed_ms: float) -> list[list[float]]:
    """Keep points whose speed from the last kept point is at most max_speed_ms."""
    if max_speed_ms <= 0:
        raise ValueError("max_speed_ms must be positive")
    kept = []
    for p in points:
        if kept:
            q = kept[-1]
            dt = p[0] - q[0]
            if dt <= 0 or math.dist(p[1:], q[1:]) / dt > max_speed_ms:
                continue
        kept.append(p)
    return kept


def douglas_peucker(points: list[list[float]], epsilon: float) -> list[list[float]]:
    """Simplify a polyline of [x, y] points, keeping points farther than epsilon from the chord."""
    if epsilon < 0:
        raise ValueError("epsilon must not be negative")
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    best_i, best_d = 0, -1.0
    for i in range(1, len(points) - 1):
        x0, y0 = points[i]
        if length == 0:
            d = math.hypot(x0 - x1, y0 - y1)
        else:
            d = abs((y2 - y1) * x0 - (x2 - x1) * y0 + x2 * y1 - y2 * x1) / length
        if d > best_d:
            best_i, best_d = i, d
    if best_d <= epsilon:
        return [points[0], points[-1]]
    left = douglas_peucker(points[: best_i + 1], epsilon)
    return left[:-1] + douglas_peucker(points[best_i:], epsilon)
~~~`],
  },
  {
    source: 'kaggle', sc: ['ride-hailing demand prediction'],
    k: ['weather effects on trip demand'], ds: ['forecasting demand per grid cell and hour'],
    cs: ['pandas groupby aggregation', 'H3 hexagonal indexing', 'pandas datetime parsing with to_datetime'],
    title: 'Trips per grid cell and hour of week, a simple baseline',
    tags: ['ride-hailing', 'forecasting', 'python'],
    body: md`
# Ride-hailing demand prediction: a square-grid baseline

Forecasting demand per grid cell and hour with a seasonal baseline before anything clever. H3 hexagonal indexing is the usual choice, but a square grid is easier to explain and needs no extra package.

## Data

Six months of pickups with timestamp, latitude and longitude (timestamps via pandas datetime parsing with to_datetime, then ISO strings for the helpers).

~~~python
import math
from datetime import datetime


def grid_cell(lat: float, lon: float, size_deg: float = 0.01) -> str:
    """Id of the square grid cell of side size_deg containing the point."""
    if size_deg <= 0:
        raise ValueError("size_deg must be positive")
    return f"{math.floor(lat / size_deg)}:{math.floor(lon / size_deg)}"


def hour_of_week(iso_timestamp: str) -> int:
    """0 for Monday 00:00-00:59 up to 167 for Sunday 23:00-23:59."""
    ts = datetime.fromisoformat(iso_timestamp)
    return ts.weekday() * 24 + ts.hour
~~~

The first draft also wrote a folium map of the cells, which needs folium and writes a file:

~~~python
import folium


def save_cell_map(cells, path):
    m = folium.Map(location=[40.73, -73.99], zoom_start=12)
    for lat, lon, trips in cells:
        folium.CircleMarker([lat, lon], radius=trips ** 0.5).add_to(m)
    m.save(path)
~~~

## Results

The baseline (mean of the same hour of week over the last four weeks, by pandas groupby aggregation) has a MAE of 3.1 trips per cell-hour. Weather effects on trip demand are visible on rainy evenings, +18% on average.`,
  },
  {
    source: 'stackoverflow', sc: ['public transit delay analysis'],
    k: ['GTFS schedule and realtime feeds', 'headway regularity versus schedule adherence'], ds: ['joining realtime positions to scheduled trips'],
    cs: ['pandas merge_asof for nearest timestamps', 'pandas Timedelta date arithmetic'],
    title: 'GTFS times past midnight ("25:10:00") and headway regularity',
    tags: ['python', 'gtfs', 'transit'],
    body: md`
Public transit delay analysis with GTFS schedule and realtime feeds. stop_times.txt has times like "25:10:00" for trips after midnight, and pandas Timedelta date arithmetic chokes when I parse them as times of day. Then, for high-frequency routes headway regularity versus schedule adherence matters: I want the coefficient of variation of headways at a stop. Joining realtime positions to scheduled trips is done with pandas merge_asof for nearest timestamps.`,
    answers: [md`
GTFS times are durations since "noon minus 12h" of the service day, so parse them as seconds, not as clock times.

~~~python
import statistics


def gtfs_seconds(value: str) -> int:
    """Seconds since the start of the service day for a GTFS time 'H:MM:SS' (hours may exceed 23)."""
    parts = value.strip().split(":")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a GTFS time: {value!r}")
    h, m, s = map(int, parts)
    if m > 59 or s > 59:
        raise ValueError("minutes and seconds must be below 60")
    return h * 3600 + m * 60 + s


def headway_cv(arrivals: list[int]) -> float:
    """Coefficient of variation of headways between sorted arrival times (seconds)."""
    if len(arrivals) < 3:
        raise ValueError("need at least three arrivals")
    ordered = sorted(arrivals)
    headways = [b - a for a, b in zip(ordered, ordered[1:])]
    mean = statistics.fmean(headways)
    return round(statistics.pstdev(headways) / mean, 4)
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['flight delay prediction'],
    k: ['delay propagation through aircraft rotations'], ds: ['encoding airport and carrier effects'],
    cs: ['pandas datetime parsing with to_datetime', 'pandas shift for lag features'],
    title: 'Delay minutes from HHMM times that cross midnight',
    tags: ['python', 'aviation', 'datetime'],
    body: md`
Flight delay prediction data gives scheduled and actual departure as HHMM integers like 2355 and 15 (00:15). pandas datetime parsing with to_datetime fails on "15", and a flight scheduled 23:55 leaving 00:15 shows -1420 minutes delay. For delay propagation through aircraft rotations I then use pandas shift for lag features on the previous leg of the same tail number, before encoding airport and carrier effects.`,
    answers: [md`
Parse HHMM yourself and assume the actual time is within 12 hours of the schedule:

~~~python
def hhmm_to_minutes(value: int) -> int:
    """Minutes after midnight for an HHMM integer such as 2355 or 15; 2400 is midnight."""
    if value == 2400:
        return 0
    h, m = divmod(value, 100)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(f"invalid HHMM time: {value}")
    return h * 60 + m


def delay_minutes(scheduled: int, actual: int) -> int:
    """Signed delay in minutes, assuming |delay| is under 12 hours (handles midnight)."""
    diff = hhmm_to_minutes(actual) - hhmm_to_minutes(scheduled)
    if diff < -720:
        diff += 1440
    elif diff > 720:
        diff -= 1440
    return diff
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['air quality monitoring'],
    k: ['PM2.5 air quality index breakpoints'], ds: ['calibrating low-cost sensors against reference stations'],
    cs: ['numpy vectorized operations', 'pandas rolling window statistics'],
    title: 'US AQI from PM2.5 concentration with the breakpoint table',
    tags: ['python', 'air-quality', 'environment'],
    body: md`
Air quality monitoring dashboard: I need the US AQI from a 24-hour PM2.5 average (pandas rolling window statistics give the average). The PM2.5 air quality index breakpoints are a piecewise-linear table and my lookup returns wrong values at the edges, e.g. 12.05. Calibrating low-cost sensors against reference stations happens before this step.`,
    answers: [md`
Truncate the concentration to one decimal as the EPA method says, then interpolate within the matching row.

~~~python
import math

_PM25 = [
    (0.0, 12.0, 0, 50), (12.1, 35.4, 51, 100), (35.5, 55.4, 101, 150),
    (55.5, 150.4, 151, 200), (150.5, 250.4, 201, 300), (250.5, 500.4, 301, 500),
]


def pm25_aqi(concentration: float) -> int:
    """US AQI for a 24-hour PM2.5 concentration in ug/m3."""
    if concentration < 0:
        raise ValueError("concentration must not be negative")
    c = math.floor(concentration * 10) / 10
    for c_lo, c_hi, i_lo, i_hi in _PM25:
        if c_lo <= c <= c_hi:
            return round((i_hi - i_lo) / (c_hi - c_lo) * (c - c_lo) + i_lo)
    return 500
~~~

For a whole series, numpy vectorized operations with \`np.searchsorted\` on the lower bounds do the same.`],
  },
  {
    source: 'stackoverflow', sc: ['genomics variant filtering'],
    k: ['VCF format and genotype fields', 'read depth and variant quality scores'], ds: ['filtering variants by quality thresholds'],
    cs: ['pysam VCF reading', 'type hints with TypedDict'],
    title: 'Parsing the VCF INFO column and applying QUAL/DP filters',
    tags: ['python', 'bioinformatics', 'vcf'],
    body: md`
Genomics variant filtering without pysam VCF reading (the cluster image lacks it). The VCF format and genotype fields are tab-separated; INFO is "DP=35;AF=0.5;DB" with flags that have no value. For filtering variants by quality thresholds I use read depth and variant quality scores (QUAL column and INFO DP). I'd like the parsed INFO as a dict; type hints with TypedDict for the record come later.`,
    answers: [md`
~~~python
def parse_info(info: str) -> dict:
    """INFO column as a dict; flags map to True, numbers are converted when possible."""
    out = {}
    if info in ("", "."):
        return out
    for item in info.split(";"):
        key, sep, value = item.partition("=")
        if not sep:
            out[key] = True
            continue
        try:
            out[key] = int(value)
        except ValueError:
            try:
                out[key] = float(value)
            except ValueError:
                out[key] = value
    return out


def passes_filters(qual: str, info: str, min_qual: float = 30.0, min_depth: int = 10) -> bool:
    """True if QUAL and INFO DP reach the thresholds; a missing QUAL ('.') fails."""
    if qual == ".":
        return False
    depth = parse_info(info).get("DP", 0)
    return float(qual) >= min_qual and isinstance(depth, int) and depth >= min_depth
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['electricity load forecasting'],
    k: ['daylight saving time gaps in hourly data'], ds: ['building calendar and holiday features', 'forecasting with quantile losses'],
    cs: ['timezone-aware datetimes with zoneinfo', 'dataclasses with default_factory'],
    title: 'Calendar features and pinball loss for a quantile load forecast',
    tags: ['python', 'forecasting', 'energy'],
    body: md`
Electricity load forecasting, day-ahead. I'm building calendar and holiday features from local dates and forecasting with quantile losses (P10/P50/P90). Daylight saving time gaps in hourly data are handled by working in UTC with timezone-aware datetimes with zoneinfo and converting for the features. How do I compute the pinball loss, and is there a tidy way to write the calendar features?`,
    answers: [md`
Holidays as a list of ISO dates passed in (or dataclasses with default_factory for a config object), so the function stays pure:

~~~python
from datetime import date


def calendar_features(iso_date: str, holidays: list[str] | None = None) -> dict:
    """Day-of-week, weekend, holiday and bridge-day flags for a local date."""
    d = date.fromisoformat(iso_date)
    hol = set(holidays or [])
    dow = d.weekday()
    neighbours = {date.fromordinal(d.toordinal() + k).isoformat() for k in (-1, 1)}
    return {
        "dow": dow,
        "weekend": dow >= 5,
        "holiday": iso_date in hol,
        "bridge": dow in (0, 4) and bool(neighbours & hol),
        "month": d.month,
    }


def pinball_loss(actual: list[float], predicted: list[float], quantile: float) -> float:
    """Mean pinball (quantile) loss of predictions for one quantile in (0, 1)."""
    if not 0 < quantile < 1:
        raise ValueError("quantile must be in (0, 1)")
    if len(actual) != len(predicted) or not actual:
        raise ValueError("need equally long, non-empty lists")
    total = 0.0
    for y, q in zip(actual, predicted):
        diff = y - q
        total += quantile * diff if diff >= 0 else (quantile - 1) * diff
    return total / len(actual)
~~~`],
  },
  {
    source: 'kaggle', sc: ['climate data analysis'],
    k: ['temperature anomalies relative to a baseline', 'gridded reanalysis datasets'], ds: ['computing area-weighted global means'],
    cs: ['xarray for NetCDF climate data', 'numpy vectorized operations'],
    title: 'Why the global mean needs cosine-latitude weights',
    tags: ['climate', 'python', 'statistics'],
    body: md`
# Area-weighted means on a lat-lon grid

Climate data analysis on gridded reanalysis datasets: a plain mean over all grid cells overweights the poles, where cells are small. This notebook shows computing area-weighted global means and temperature anomalies relative to a baseline.

## Data

Monthly 2 m temperature on a 2.5 degree grid, loaded with xarray for NetCDF climate data; the helpers below work on plain lists so they can be checked.

~~~python
import math


def area_weighted_mean(values: list[float], latitudes: list[float]) -> float:
    """Mean of cell values weighted by cos(latitude)."""
    if len(values) != len(latitudes) or not values:
        raise ValueError("need one latitude per value")
    weights = [math.cos(math.radians(lat)) for lat in latitudes]
    total = sum(weights)
    if total <= 0:
        raise ValueError("weights sum to zero (all cells at the poles)")
    return sum(v * w for v, w in zip(values, weights)) / total


def anomalies(values: list[float], baseline: list[float]) -> list[float]:
    """Values minus the mean of the baseline period."""
    if not baseline:
        raise ValueError("baseline must not be empty")
    ref = sum(baseline) / len(baseline)
    return [round(v - ref, 3) for v in values]
~~~

## Results

Unweighted, the 2023 anomaly is 0.2 K too cold because the Antarctic cells dominate. With cosine weights (numpy vectorized operations on the full grid) the result matches the published series within 0.02 K.`,
  },
  {
    source: 'stackoverflow', sc: ['solar power output forecasting'],
    k: ['clear-sky models'], ds: ['normalizing output by clear-sky irradiance'],
    cs: ['pvlib solar position calculations', 'numpy vectorized operations'],
    title: 'Clear-sky index with night-time zeros',
    tags: ['python', 'solar', 'forecasting'],
    body: md`
Solar power output forecasting: normalizing output by clear-sky irradiance gives a clear-sky index that is easier to forecast. Clear-sky models (from pvlib solar position calculations) give 0 at night, and my division explodes. What's the usual handling?`,
    answers: [md`
Mask hours with very low clear-sky irradiance and cap the index, since clouds can briefly enhance irradiance above clear sky. numpy vectorized operations with \`np.where\` for arrays; list version:

~~~python
def clear_sky_index(measured: list[float], clear_sky: list[float], min_clear: float = 50.0, cap: float = 1.5) -> list[float | None]:
    """measured / clear_sky per time step, None when clear_sky is below min_clear, capped at cap."""
    if len(measured) != len(clear_sky):
        raise ValueError("series must have the same length")
    return [None if c < min_clear else round(min(m / c, cap), 4) for m, c in zip(measured, clear_sky)]
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['student performance prediction'],
    k: ['early warning indicators for dropout'], ds: ['predicting at-risk students early in the term'],
    cs: ['scikit-learn LogisticRegression with class_weight', 'enum classes for status values'],
    title: 'Rule-based early warning flag before the model is ready',
    tags: ['python', 'education', 'analytics'],
    body: md`
Student performance prediction: the model (scikit-learn LogisticRegression with class_weight) is months away, but advisers want early warning indicators for dropout now, for predicting at-risk students early in the term. Rules from the literature: attendance below 80%, failing grade average, or two or more missed assignments. Also a letter grade mapping for the report; we use enum classes for status values in the app but the report wants strings.`,
    answers: [md`
~~~python
def risk_flags(attendance: float, grade_average: float, missed_assignments: int) -> list[str]:
    """Early warning flags for one student; attendance is a share in [0, 1], grades 0-100."""
    if not 0 <= attendance <= 1:
        raise ValueError("attendance must be a share between 0 and 1")
    flags = []
    if attendance < 0.8:
        flags.append("attendance")
    if grade_average < 50:
        flags.append("grades")
    if missed_assignments >= 2:
        flags.append("assignments")
    return flags


def letter_grade(score: float) -> str:
    """Letter grade for a 0-100 score."""
    if not 0 <= score <= 100:
        raise ValueError("score must be between 0 and 100")
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return letter
    return "F"
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['exam timetable scheduling'],
    k: ['hard and soft scheduling constraints'], ds: ['modelling timetabling as constraint programming'],
    cs: ['OR-Tools CP-SAT constraints', 'collections Counter and defaultdict'],
    title: 'Finding exam pairs that share students before building the CP model',
    tags: ['python', 'scheduling', 'constraint-programming'],
    body: md`
Exam timetable scheduling: before modelling timetabling as constraint programming with OR-Tools CP-SAT constraints I need the conflict pairs (exams sharing at least one student), which become hard and soft scheduling constraints (hard: not in the same slot; soft: not on the same day). Enrolments are {student: [exam codes]}. Also a default configuration object; my colleague wrote:

~~~python
def default_config():
    return {"slots_per_day": 3, "days": 10, "max_exams_per_day": 2}
~~~`,
    answers: [md`
Count pairs with collections Counter and defaultdict; the count is the number of affected students, a good soft-constraint weight.

~~~python
from collections import Counter
from itertools import combinations


def exam_conflicts(enrolments: dict[str, list[str]]) -> dict[str, int]:
    """Students shared by each pair of exams, keyed 'A|B' with A < B; pairs with none are left out."""
    pairs = Counter()
    for exams in enrolments.values():
        for a, b in combinations(sorted(set(exams)), 2):
            pairs[f"{a}|{b}"] += 1
    return dict(sorted(pairs.items()))
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['employee attrition analysis'],
    k: ['tenure and promotion history'], ds: ['modelling time to attrition with survival models'],
    cs: ['lifelines Cox proportional hazards', 'pandas Timedelta date arithmetic'],
    title: 'Tenure in whole months between two dates, and censoring for current staff',
    tags: ['python', 'hr-analytics', 'survival-analysis'],
    body: md`
Employee attrition analysis: I'm modelling time to attrition with survival models (lifelines Cox proportional hazards). Durations are tenure in whole months; pandas Timedelta date arithmetic gives days and dividing by 30.44 puts people in the wrong month. Current staff have no end date and must be censored at the snapshot date. Tenure and promotion history are covariates.`,
    answers: [md`
Count calendar months, minus one if the day of month has not been reached:

~~~python
from datetime import date


def tenure_months(start: str, end: str) -> int:
    """Whole calendar months from start to end (ISO dates)."""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if e < s:
        raise ValueError("end must not be before start")
    months = (e.year - s.year) * 12 + (e.month - s.month)
    return months - 1 if e.day < s.day else months


def survival_row(start: str, left_on: str | None, snapshot: str) -> dict:
    """Duration in months and event flag (1 = left) for the survival model."""
    end = left_on or snapshot
    return {"duration": tenure_months(start, end), "event": 1 if left_on else 0}
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['resume screening and parsing'],
    k: ['resume section conventions'], ds: ['extracting skills and job titles from resumes', 'matching candidates to job requirements'],
    cs: ['pdfplumber text extraction', 'regular expressions with named groups'],
    title: 'Years of experience from date ranges in a resume',
    tags: ['python', 'nlp', 'recruiting'],
    body: md`
Resume screening and parsing: after pdfplumber text extraction I get lines like "Data Analyst, 2016 - 2019" or "2019–present". Resume section conventions vary, but date ranges are fairly regular. I'm extracting skills and job titles from resumes elsewhere; here I need total years of experience (overlapping jobs counted once) and a skill overlap score for matching candidates to job requirements.`,
    answers: [md`
Find year ranges with regular expressions with named groups, merge overlaps, sum. "present" is resolved against a year you pass in, so the function is deterministic.

~~~python
import re

_RANGE = re.compile(r"(?P<start>(?:19|20)\d{2})\s*[-\u2013\u2014to ]+\s*(?P<end>(?:19|20)\d{2}|present|current|now)", re.IGNORECASE)


def years_of_experience(text: str, current_year: int) -> int:
    """Total years covered by year ranges in text, overlaps merged."""
    ranges = []
    for m in _RANGE.finditer(text):
        end = m.group("end")
        end_year = current_year if not end.isdigit() else int(end)
        start_year = int(m.group("start"))
        if end_year >= start_year:
            ranges.append((start_year, end_year))
    total, last_end = 0, None
    for start, end in sorted(ranges):
        if last_end is not None and start < last_end:
            start = last_end
        if end > start:
            total += end - start
        last_end = max(end, last_end or end)
    return total


def skill_overlap(candidate: list[str], required: list[str]) -> float:
    """Share of required skills the candidate lists (case-insensitive)."""
    if not required:
        raise ValueError("required must not be empty")
    have = {s.strip().lower() for s in candidate}
    need = {s.strip().lower() for s in required}
    return round(len(have & need) / len(need), 4)
~~~`],
  },
  {
    source: 'kaggle', sc: ['real estate price prediction by location'],
    k: ['log-transformed price targets', 'location premium and neighbourhood effects'], ds: ['target encoding neighbourhoods'],
    cs: ['pandas groupby aggregation', 'scikit-learn Pipeline with ColumnTransformer'],
    title: 'Smoothed target encoding of neighbourhoods on log prices',
    tags: ['real-estate', 'target-encoding', 'python'],
    body: md`
# Neighbourhood effects without leakage

Real estate price prediction by location: location premium and neighbourhood effects are the biggest signal, but there are 900 neighbourhoods and many have fewer than five sales. Target encoding neighbourhoods with smoothing towards the global mean handles that.

## Data

42,000 sales with neighbourhood, floor area and price. Log-transformed price targets make the errors roughly symmetric.

~~~python
import math


def log_price(price: float) -> float:
    """Natural log of a sale price; prices must be positive."""
    if price <= 0:
        raise ValueError("price must be positive")
    return math.log(price)


def smoothed_target_encoding(groups: list[str], targets: list[float], strength: float = 10.0) -> dict[str, float]:
    """Per-group mean shrunk towards the global mean: (n*mean + k*global)/(n + k)."""
    if len(groups) != len(targets) or not targets:
        raise ValueError("need one target per group label")
    if strength < 0:
        raise ValueError("strength must not be negative")
    global_mean = sum(targets) / len(targets)
    sums, counts = {}, {}
    for g, t in zip(groups, targets):
        sums[g] = sums.get(g, 0.0) + t
        counts[g] = counts.get(g, 0) + 1
    return {g: round((sums[g] + strength * global_mean) / (counts[g] + strength), 6) for g in sums}
~~~

In the model the encoding is fitted inside each CV fold (scikit-learn Pipeline with ColumnTransformer), otherwise it leaks the target.

## Results

Smoothed encoding lowers RMSE on log price from 0.231 to 0.198 compared with one-hot neighbourhoods; pandas groupby aggregation gives the same per-group means for checking.`,
  },
];
