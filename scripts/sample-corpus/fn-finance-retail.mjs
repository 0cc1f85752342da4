// Documents with runnable functions: finance and retail. See function-docs.mjs.
import { md } from './fn-text.mjs';

export const FN_FINANCE_RETAIL = [
  {
    source: 'stackoverflow', sc: ['credit card fraud detection'],
    k: ['card-not-present fraud patterns'], ds: ['building transaction velocity features'],
    cs: ['numpy vectorized operations', 'sorting with key functions'],
    title: 'Counting transactions per card in the last N seconds without pandas',
    tags: ['python', 'fraud-detection', 'feature-engineering'],
    body: md`
I'm building transaction velocity features for credit card fraud detection. Card-not-present fraud patterns often show up as bursts: ten small online payments within a minute. For each transaction I need how many earlier transactions of the same card fall in the previous window. The timestamps are epoch seconds, already sorted.

My version is quadratic and times out on big cards. Is there a linear way? I tried numpy vectorized operations but got lost with the window edges.`,
    answers: [md`
Keep a left pointer; since the list is sorted, it only moves forward. The window is half-open, so a transaction exactly \`window_seconds\` older no longer counts. The window must be positive.

~~~python
def velocity_count(timestamps: list[int], window_seconds: int) -> list[int]:
    """Number of earlier transactions within window_seconds before each one."""
    if window_seconds <= 0:
        raise ValueError("window_seconds must be positive")
    counts = []
    left = 0
    for right, ts in enumerate(timestamps):
        while timestamps[left] <= ts - window_seconds:
            left += 1
        counts.append(right - left)
    return counts
~~~

If the input is not sorted, sort it first (sorting with key functions if you carry whole records: \`sorted(rows, key=lambda r: r["ts"])\`).`],
  },
  {
    source: 'stackoverflow', sc: ['credit card fraud detection'],
    k: ['class imbalance in fraud labels'], ds: ['cost-sensitive evaluation of fraud alerts'],
    cs: ['regular expressions with named groups', 'custom exception classes'],
    title: 'Validate card numbers with the Luhn check and mask them before logging',
    tags: ['python', 'validation', 'pci'],
    body: md`
Before scoring, our credit card fraud detection service rejects malformed card numbers and must never log a full PAN. I want a Luhn check that ignores spaces and dashes, and a masking helper that keeps only the last four digits. Bad numbers inflate the class imbalance in fraud labels because they get labelled as fraud by the rules engine, which then skews the cost-sensitive evaluation of fraud alerts.

~~~python
def luhn_valid(card_number):
    total = 0
    for i, d in enumerate(card_number[::-1]):
        total += int(d) * (2 if i % 2 else 1)
    return total % 10 == 0
~~~

This fails on "4111 1111 1111 1111" with a ValueError and the sum is wrong for some numbers.`,
    answers: [md`
Two bugs: separators are not stripped, and doubled digits above 9 must have 9 subtracted. I would not bother with regular expressions with named groups here; a filter is enough. Raise a clear error (or one of your custom exception classes) for characters that are neither digits nor separators.

~~~python
def luhn_valid(card_number: str) -> bool:
    """True if the digits of card_number pass the Luhn checksum."""
    digits = [c for c in card_number if c not in " -"]
    if not digits or not all(c.isdigit() for c in digits):
        raise ValueError("card number may contain only digits, spaces and dashes")
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mask_pan(card_number: str) -> str:
    """Replace all but the last four digits with '*', keeping separators."""
    digits_seen = sum(c.isdigit() for c in card_number)
    out = []
    for c in card_number:
        if c.isdigit():
            out.append(c if digits_seen <= 4 else "*")
            digits_seen -= 1
        else:
            out.append(c)
    return "".join(out)
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['credit risk scoring for loan applications'],
    k: ['probability of default and loss given default'], ds: ['weight of evidence binning for scorecards', 'converting model scores into scorecard points'],
    cs: ['numpy vectorized operations', 'collections Counter and defaultdict'],
    title: 'Weight of evidence and scorecard points from bin counts',
    tags: ['python', 'credit-scoring', 'scorecard'],
    body: md`
For credit risk scoring for loan applications I do weight of evidence binning for scorecards by hand (the regulator wants every step explained). I have per-bin counts of goods and bads. Then I need converting model scores into scorecard points with the usual base score / points-to-double-odds scaling. Expected loss needs the probability of default and loss given default; the scorecard only covers the first.

I got \`ZeroDivisionError\` on a bin with no bads. What is the usual fix?`,
    answers: [md`
Add a small smoothing count to every bin (0.5 is common) so empty bins get a finite WoE. Plain lists keep it readable; numpy vectorized operations give the same result on arrays.

~~~python
import math


def weight_of_evidence(goods: list[int], bads: list[int], smoothing: float = 0.5) -> list[float]:
    """WoE per bin: ln(share of goods / share of bads), with additive smoothing."""
    if len(goods) != len(bads) or not goods:
        raise ValueError("goods and bads must be non-empty and of equal length")
    total_good = sum(goods) + smoothing * len(goods)
    total_bad = sum(bads) + smoothing * len(bads)
    return [
        round(math.log(((g + smoothing) / total_good) / ((b + smoothing) / total_bad)), 6)
        for g, b in zip(goods, bads)
    ]


def scorecard_points(pd: float, base_score: int = 600, base_odds: float = 50.0, pdo: int = 20) -> int:
    """Scorecard points for a probability of default, with pdo points to double the odds."""
    if not 0.0 < pd < 1.0:
        raise ValueError("pd must be strictly between 0 and 1")
    factor = pdo / math.log(2)
    offset = base_score - factor * math.log(base_odds)
    odds_good = (1 - pd) / pd
    return round(offset + factor * math.log(odds_good))
~~~

If you count goods and bads from raw rows, a collections Counter and defaultdict keyed by bin does it in one pass.`],
  },
  {
    source: 'stackoverflow', sc: ['stock portfolio risk analysis'],
    k: ['value at risk and expected shortfall'], ds: ['estimating a covariance matrix from returns'],
    cs: ['numpy cumulative returns with cumprod', 'sorting with key functions'],
    title: 'Historical VaR and maximum drawdown without a library',
    tags: ['python', 'finance', 'risk'],
    body: md`
I'm writing a small stock portfolio risk analysis report. I want value at risk and expected shortfall from historical daily returns, and the maximum drawdown of the price series. Later I will move on to estimating a covariance matrix from returns, but first the single-asset numbers.

Numbers I get from numpy cumulative returns with cumprod don't match my spreadsheet for the drawdown, so I'd like a plain-Python reference implementation.`,
    answers: [md`
Sort the returns ascending and take the empirical tail (plain \`sorted\`; sorting with key functions is only needed for records). VaR is reported as a positive loss.

~~~python
def historical_var_es(returns: list[float], level: float = 0.95) -> dict:
    """Historical value at risk and expected shortfall (positive numbers are losses)."""
    if not returns:
        raise ValueError("returns must not be empty")
    if not 0.5 < level < 1.0:
        raise ValueError("level must be between 0.5 and 1")
    ordered = sorted(returns)
    cut = max(1, int(len(ordered) * (1 - level)))
    tail = ordered[:cut]
    return {"var": -tail[-1], "es": -sum(tail) / len(tail)}


def max_drawdown(prices: list[float]) -> float:
    """Largest peak-to-trough fall as a fraction of the peak."""
    peak = prices[0]
    worst = 0.0
    for p in prices:
        peak = max(peak, p)
        worst = max(worst, (peak - p) / peak)
    return worst
~~~

Your spreadsheet probably measures the drawdown from the running peak as well; check it uses prices, not returns.`],
  },
  {
    source: 'kaggle', sc: ['algorithmic trading strategy backtesting'],
    k: ['transaction costs and slippage', 'survivorship bias in price histories'], ds: ['walk-forward validation of trading signals'],
    cs: ['pandas rolling window statistics', 'numpy vectorized operations', 'pandas shift for lag features'],
    title: 'Moving-average crossover backtest with honest transaction costs',
    tags: ['backtesting', 'trading', 'python'],
    body: md`
# Moving-average crossover, done carefully

Algorithmic trading strategy backtesting goes wrong in two classic ways: ignoring transaction costs and slippage, and survivorship bias in price histories. This notebook keeps the strategy deliberately simple so the accounting can be checked by hand.

## Data

Daily closes of one liquid ETF, 2010–2024, no gaps. Signals are computed with pandas rolling window statistics in the full notebook; the functions below are the plain-Python reference used in the unit tests.

~~~python
def crossover_positions(prices: list[float], fast: int, slow: int) -> list[int]:
    """1 when the fast moving average is above the slow one, else 0 (0 until slow prices exist)."""
    if not 0 < fast < slow:
        raise ValueError("need 0 < fast < slow")
    positions = []
    for i in range(len(prices)):
        if i + 1 < slow:
            positions.append(0)
            continue
        fast_ma = sum(prices[i + 1 - fast : i + 1]) / fast
        slow_ma = sum(prices[i + 1 - slow : i + 1]) / slow
        positions.append(1 if fast_ma > slow_ma else 0)
    return positions


def net_returns(returns: list[float], positions: list[int], cost_bps: float) -> list[float]:
    """Strategy returns: yesterday's position times today's return, minus costs on position changes."""
    out = []
    previous = 0
    for i, r in enumerate(returns):
        held = positions[i - 1] if i > 0 else 0
        traded = abs(held - previous)
        out.append(held * r - traded * cost_bps / 10000)
        previous = held
    return out
~~~

The position is lagged by one day (the same idea as pandas shift for lag features): a signal computed on today's close can only be traded tomorrow.

## Results

With 5 bps per trade the 20/100 crossover keeps most of its gross return; at 25 bps it is worse than buy-and-hold. Walk-forward validation of trading signals over five-year windows shows the parameters are not stable, so numpy vectorized operations for a parameter grid mostly find noise.`,
  },
  {
    source: 'stackoverflow', sc: ['accounting ledger reconciliation'],
    k: ['double-entry bookkeeping invariants'], ds: ['fuzzy matching of payment references', 'matching bank transactions to ledger entries'],
    cs: ['regular expressions with named groups', 'unicodedata normalization of text'],
    title: 'Normalizing payment references before fuzzy matching bank lines to invoices',
    tags: ['python', 'accounting', 'string-matching'],
    body: md`
In our accounting ledger reconciliation job, matching bank transactions to ledger entries fails because customers type references like "inv. 2024/0042", "INV-2024-42" or "Rechnung 2024 0042". Before fuzzy matching of payment references I want to normalize them to a canonical "INV-2024-0042". The double-entry bookkeeping invariants are checked later; this is only the matching key.

I'm using regular expressions with named groups but my pattern doesn't accept the German prefix. Also the umlauts in some references break my comparison.`,
    answers: [md`
Normalize first (unicodedata normalization of text, then casefold), then look for a year and a number with one pattern. Return \`None\` when nothing looks like an invoice reference, so the caller falls back to amount matching.

~~~python
import re
import unicodedata

_REF = re.compile(r"(?P<year>20\d{2})\D{0,3}(?P<number>\d{1,6})")


def normalize_reference(raw: str) -> str | None:
    """Canonical INV-YYYY-NNNN key from a free-text payment reference, or None."""
    text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().casefold()
    match = _REF.search(text)
    if not match:
        return None
    return f"INV-{match.group('year')}-{int(match.group('number')):04d}"
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['accounting ledger reconciliation'],
    k: ['rounding differences in currency conversion'], ds: ['matching bank transactions to ledger entries'],
    cs: ['Decimal arithmetic for currency', 'pytest fixtures and parametrize'],
    title: 'Splitting an amount into instalments so the cents add up',
    tags: ['python', 'decimal', 'accounting'],
    body: md`
In our accounting ledger reconciliation we split invoices into equal instalments and convert them with a fixed rate. With floats, 100.00 / 3 gives three lines that sum to 99.99, and the rounding differences in currency conversion make matching bank transactions to ledger entries fail by one cent.

How do I do this with Decimal arithmetic for currency and make sure the parts always add up to the total?`,
    answers: [md`
Work in integer cents for the split, and give the leftover cents to the first instalments. For conversion, quantize once at the end with banker's rounding or whatever your ledger policy says.

~~~python
from decimal import ROUND_HALF_EVEN, Decimal


def split_cents(total_cents: int, parts: int) -> list[int]:
    """Split an amount in cents into parts that differ by at most one cent and sum to the total."""
    if parts <= 0:
        raise ValueError("parts must be positive")
    base, remainder = divmod(total_cents, parts)
    return [base + 1 if i < remainder else base for i in range(parts)]


def convert_amount(amount: str, rate: str) -> str:
    """Convert a decimal amount string at a rate, rounded half-even to cents."""
    value = Decimal(amount) * Decimal(rate)
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))
~~~

Both are easy to cover with pytest fixtures and parametrize: assert \`sum(split_cents(t, n)) == t\` for a grid of totals and part counts.`],
  },
  {
    source: 'stackoverflow', sc: ['stock portfolio risk analysis'],
    k: ['correlation breakdown during market stress'], ds: ['estimating a covariance matrix from returns'],
    cs: ['requests with retries and timeouts', 'pandas pct_change for returns'],
    title: 'Price download works but my returns function gives one value too many',
    tags: ['python', 'requests', 'finance'],
    body: md`
For stock portfolio risk analysis I download closes from our internal price service and compute simple returns, then move on to estimating a covariance matrix from returns. I want to see the correlation breakdown during market stress in 2020.

~~~python
import requests


def fetch_closes(symbol: str) -> list[float]:
    response = requests.get(f"https://prices.internal.example/api/closes/{symbol}", timeout=10)
    response.raise_for_status()
    return [row["close"] for row in response.json()["rows"]]


def simple_returns(prices):
    return [prices[i] / prices[i - 1] - 1 for i in range(len(prices))]
~~~

The returns list has the same length as the prices and the first value is nonsense.`,
    answers: [md`
\`range(len(prices))\` starts at 0, so the first "return" divides by \`prices[-1]\`, the last price. Start at 1; the result is one shorter than the input, like pandas pct_change for returns after dropping the leading NaN.

~~~python
def simple_returns(prices: list[float]) -> list[float]:
    """Period-over-period simple returns; one shorter than prices."""
    if any(p <= 0 for p in prices):
        raise ValueError("prices must be positive")
    return [prices[i] / prices[i - 1] - 1 for i in range(1, len(prices))]
~~~

The download itself is fine; for a nightly job, add requests with retries and timeouts via an \`HTTPAdapter\` with a \`Retry\` policy.`],
  },
  {
    source: 'kaggle', sc: ['insurance claim cost prediction'],
    k: ['heavy-tailed claim severity', 'exposure and claim frequency'], ds: ['capping large losses before modelling', 'modelling claim costs with a Tweedie loss'],
    cs: ['pandas groupby aggregation', 'numpy vectorized operations'],
    title: 'Motor claims: capping large losses and frequency per exposure year',
    tags: ['insurance', 'tweedie', 'python'],
    body: md`
# Motor insurance claim cost prediction

Insurance claim cost prediction is dominated by heavy-tailed claim severity: a handful of bodily-injury claims are larger than thousands of fender-benders combined. Before modelling claim costs with a Tweedie loss, this notebook does capping large losses before modelling and computes frequency per exposure year.

## Data

One row per policy-year: exposure (fraction of a year), claim count and total incurred cost. Exposure and claim frequency must be modelled together, because a policy held for three months has fewer chances to claim.

~~~python
def cap_losses(costs: list[float], cap: float) -> tuple[list[float], float]:
    """Cap each loss at cap; return capped losses and the excess to spread as a loading."""
    if cap <= 0:
        raise ValueError("cap must be positive")
    capped = [min(c, cap) for c in costs]
    excess = sum(c - cap for c in costs if c > cap)
    return capped, excess


def claim_frequency(claim_counts: list[int], exposures: list[float]) -> float:
    """Claims per exposure year over a portfolio."""
    total_exposure = sum(exposures)
    if total_exposure <= 0:
        raise ValueError("total exposure must be positive")
    return sum(claim_counts) / total_exposure
~~~

In the full notebook the same numbers come from pandas groupby aggregation by region and vehicle group; numpy vectorized operations do the capping on the whole column.

## Results

Capping losses at the 99.5th percentile (about 48,000) moves 11% of incurred cost into the excess loading. The Tweedie model with power 1.6 then beats a frequency-severity split on the holdout deviance.`,
  },
  {
    source: 'stackoverflow', sc: ['customer churn prediction'],
    k: ['tenure effects on churn risk'], ds: ['defining observation and prediction windows'],
    cs: ['pandas qcut for quantile bins', 'enum classes for status values'],
    title: 'Tenure buckets for churn: qcut gives different edges every month',
    tags: ['python', 'churn', 'pandas'],
    body: md`
For customer churn prediction we report churn by tenure bucket. I used pandas qcut for quantile bins, but the edges move every month as the customer base changes, so dashboards can't be compared. Tenure effects on churn risk are strongest in the first year, so I want fixed business buckets instead. The buckets are computed at the end of the observation window (we're defining observation and prediction windows as 6 months / 1 month).

What's a clean way to write fixed buckets that also rejects negative tenures from bad data?`,
    answers: [md`
Fixed edges in a list and \`bisect\`; you could return an enum (enum classes for status values), but strings are friendlier for a dashboard.

~~~python
from bisect import bisect_right

_EDGES = [3, 6, 12, 24]
_LABELS = ["0-2m", "3-5m", "6-11m", "12-23m", "24m+"]


def tenure_bucket(months: int) -> str:
    """Fixed business bucket for a tenure in whole months."""
    if months < 0:
        raise ValueError("months must not be negative")
    return _LABELS[bisect_right(_EDGES, months)]
~~~`],
  },
  {
    source: 'kaggle', sc: ['customer churn prediction'],
    k: ['churn definition for non-contractual customers'], ds: ['defining observation and prediction windows'],
    cs: ['pandas groupby aggregation', 'pandas datetime parsing with to_datetime'],
    title: 'Defining churn for a shop without subscriptions',
    tags: ['churn', 'python', 'feature-engineering'],
    body: md`
# When has a customer churned?

For customer churn prediction in a web shop there is no cancellation event, so churn definition for non-contractual customers is a modelling choice. Here a customer has churned if they place no order in the 90 days after the cutoff. Defining observation and prediction windows this way keeps the label free of future data.

## Data

Orders with customer id and order date, parsed with pandas datetime parsing with to_datetime and turned into day numbers since 2020-01-01 for the functions below.

~~~python
def churn_label(order_days: list[int], cutoff_day: int, horizon_days: int = 90) -> int | None:
    """1 if no order in (cutoff, cutoff + horizon], 0 if there is one, None if never active before cutoff."""
    if horizon_days <= 0:
        raise ValueError("horizon_days must be positive")
    if not any(d <= cutoff_day for d in order_days):
        return None
    return 0 if any(cutoff_day < d <= cutoff_day + horizon_days for d in order_days) else 1
~~~

A first attempt used polars for speed, which is not installed in the competition image:

~~~python
import polars as pl


def churn_flags_polars(orders: pl.DataFrame, cutoff: int) -> pl.DataFrame:
    return orders.group_by("customer_id").agg((pl.col("day") > cutoff).any().alias("active"))
~~~

## Results

With a 90-day horizon 31% of active customers churn. The per-customer labels are aggregated with pandas groupby aggregation to get churn by signup month.`,
  },
  {
    source: 'stackoverflow', sc: ['retail demand forecasting'],
    k: ['intermittent demand for slow-moving items'], ds: ['reconciling forecasts across the product hierarchy'],
    cs: ['pandas vectorized string methods', 'regular expressions with named groups'],
    title: 'Normalize SKU codes from three systems before joining sales',
    tags: ['python', 'retail', 'data-cleaning'],
    body: md`
Our retail demand forecasting pipeline joins POS sales, the ERP and the web shop. The same SKU is "ab-00123", "AB123 " or "AB_000123". When reconciling forecasts across the product hierarchy, unmatched SKUs vanish and intermittent demand for slow-moving items looks even sparser than it is.

I wrote this, but it keeps too many zeros:

~~~python
def normalize_sku(raw):
    return raw.strip().upper().replace("-", "").replace("_", "")
~~~`,
    answers: [md`
Split into letter prefix and number and re-pad the number; regular expressions with named groups make it readable. For a whole column, the same pattern works with pandas vectorized string methods (\`str.extract\`).

~~~python
import re

_SKU = re.compile(r"^\s*(?P<prefix>[A-Za-z]{2,3})[\s_-]*0*(?P<number>\d+)\s*$")


def normalize_sku(raw: str) -> str:
    """Canonical SKU: upper-case prefix, dash, number zero-padded to 6 digits."""
    match = _SKU.match(raw)
    if not match:
        raise ValueError(f"not a SKU: {raw!r}")
    return f"{match['prefix'].upper()}-{int(match['number']):06d}"
~~~`],
  },
  {
    source: 'kaggle', sc: ['retail demand forecasting'],
    k: ['intermittent demand for slow-moving items', 'seasonality in sales data'], ds: ['forecasting with price and promotion variables'],
    cs: ['pandas rolling window statistics', 'numpy vectorized operations'],
    title: "Croston's method versus a rolling mean for slow movers",
    tags: ['forecasting', 'retail', 'python'],
    body: md`
# Slow movers need a different baseline

In retail demand forecasting for our stores, half of the catalogue sells less than once a week. Intermittent demand for slow-moving items breaks the usual baselines: a moving average of mostly zeros swings after every sale. This notebook compares a rolling mean with Croston's method before we go on to forecasting with price and promotion variables.

## Data

Weekly unit sales of 1,200 SKUs over two years; seasonality in sales data is weak for these items.

~~~python
def rolling_mean(values: list[float], window: int) -> list[float | None]:
    """Trailing mean over window values; None until the window is full."""
    if window <= 0:
        raise ValueError("window must be positive")
    out = []
    running = 0.0
    for i, v in enumerate(values):
        running += v
        if i >= window:
            running -= values[i - window]
        out.append(running / window if i >= window - 1 else None)
    return out


def croston(demand: list[float], alpha: float = 0.1) -> float:
    """Croston forecast of demand per period: smoothed size over smoothed interval."""
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    size = interval = None
    periods_since = 1
    for d in demand:
        if d > 0:
            if size is None:
                size, interval = d, periods_since
            else:
                size += alpha * (d - size)
                interval += alpha * (periods_since - interval)
            periods_since = 1
        else:
            periods_since += 1
    return 0.0 if size is None else size / interval
~~~

The full-catalogue version uses pandas rolling window statistics and numpy vectorized operations.

## Results

On the last 26 weeks Croston's method lowers the mean absolute scaled error from 1.21 to 0.94 for items with fewer than 20 sales a year. For the regular sellers the rolling mean is as good.`,
  },
  {
    source: 'stackoverflow', sc: ['recommendation engine for e-commerce'],
    k: ['popularity bias in recommendations'], ds: ['evaluating recommendations with recall at k', 'building item-to-item similarity from co-purchases'],
    cs: ['collections Counter and defaultdict', 'itertools groupby after sorting'],
    title: 'recall@k above 1.0 in my recommender evaluation',
    tags: ['python', 'recommender', 'evaluation'],
    body: md`
I'm evaluating recommendations with recall at k for our recommendation engine for e-commerce. Some users get recall 1.5, which is impossible. Also, how do I count co-purchases cheaply for building item-to-item similarity from co-purchases?

~~~python
def recall_at_k(recommended, relevant, k):
    hits = [r for r in recommended[:k] if r in relevant]
    return len(hits) / len(relevant)
~~~`,
    answers: [md`
Duplicates in the recommended list are counted twice. Deduplicate, and decide what a user with no relevant items scores (here: an error, since they should be filtered out beforehand).

~~~python
from collections import Counter
from itertools import combinations


def recall_at_k(recommended: list[str], relevant: list[str], k: int) -> float:
    """Share of relevant items that appear in the first k distinct recommendations."""
    if k <= 0:
        raise ValueError("k must be positive")
    if not relevant:
        raise ValueError("relevant must not be empty")
    top = list(dict.fromkeys(recommended))[:k]
    return len(set(top) & set(relevant)) / len(set(relevant))


def co_purchase_counts(baskets: list[list[str]]) -> dict[str, int]:
    """How often each unordered item pair is bought together, keyed 'a|b' with a < b."""
    pairs = Counter()
    for basket in baskets:
        for a, b in combinations(sorted(set(basket)), 2):
            pairs[f"{a}|{b}"] += 1
    return dict(pairs)
~~~

collections Counter and defaultdict are enough up to a few million baskets. Normalize the counts by item popularity, otherwise popularity bias in recommendations makes bestsellers similar to everything. If baskets arrive as order lines, itertools groupby after sorting by order id builds them.`],
  },
  {
    source: 'stackoverflow', sc: ['inventory management API'],
    k: ['reorder points and safety stock'], ds: ['preventing overselling with atomic stock updates'],
    cs: ['dataclasses with default_factory', 'pydantic model validation'],
    title: 'Reorder point and safety stock formula gives negative numbers',
    tags: ['python', 'inventory', 'supply-chain'],
    body: md`
Our inventory management API exposes a reorder suggestion per product. I compute reorder points and safety stock from average daily demand, its standard deviation and the supplier lead time. For some products the result is negative because somebody entered a service level of 150. (Preventing overselling with atomic stock updates is a separate part; this is only the suggestion.)

Request bodies go through pydantic model validation, but I'd like the function itself to reject impossible inputs.`,
    answers: [md`
Use the normal quantile from the standard library and validate the service level. Keep the config in dataclasses with default_factory if you have per-category defaults.

~~~python
import math
from statistics import NormalDist


def safety_stock(demand_std: float, lead_time_days: float, service_level: float) -> float:
    """Safety stock for normally distributed daily demand over the lead time."""
    if not 0.5 <= service_level < 1:
        raise ValueError("service_level must be in [0.5, 1)")
    if demand_std < 0 or lead_time_days < 0:
        raise ValueError("demand_std and lead_time_days must not be negative")
    z = NormalDist().inv_cdf(service_level)
    return round(z * demand_std * math.sqrt(lead_time_days), 2)


def reorder_point(avg_daily_demand: float, lead_time_days: float, safety: float) -> int:
    """Stock level at which to reorder, rounded up to whole units."""
    return math.ceil(avg_daily_demand * lead_time_days + safety)
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['market basket analysis'],
    k: ['support, confidence and lift'], ds: ['mining association rules from baskets'],
    cs: ['mlxtend apriori association rules', 'collections Counter and defaultdict'],
    title: 'Checking one association rule by hand before trusting mlxtend',
    tags: ['python', 'association-rules', 'market-basket'],
    body: md`
mlxtend apriori association rules gives me a lift of 3.2 for {pasta} -> {parmesan} and my manager wants it checked by hand. How do I compute support, confidence and lift for a single rule straight from the baskets? This is for a market basket analysis of our grocery store; mining association rules from baskets for the whole catalogue stays in mlxtend.`,
    answers: [md`
Three counts are enough. A rule with an antecedent that never occurs has undefined confidence, so raise.

~~~python
def rule_metrics(baskets: list[list[str]], antecedent: list[str], consequent: list[str]) -> dict:
    """Support, confidence and lift of antecedent -> consequent over the baskets."""
    if not baskets:
        raise ValueError("baskets must not be empty")
    a, c = set(antecedent), set(consequent)
    n = len(baskets)
    n_a = sum(1 for b in baskets if a <= set(b))
    n_c = sum(1 for b in baskets if c <= set(b))
    n_ac = sum(1 for b in baskets if (a | c) <= set(b))
    if n_a == 0 or n_c == 0:
        raise ValueError("antecedent and consequent must each occur in some basket")
    confidence = n_ac / n_a
    return {"support": n_ac / n, "confidence": confidence, "lift": confidence / (n_c / n)}
~~~

For many rules, count item sets once with collections Counter and defaultdict instead of scanning per rule.`],
  },
  {
    source: 'stackoverflow', sc: ['dynamic pricing for online store'],
    k: ['price elasticity of demand'], ds: ['estimating price elasticity from historical sales'],
    cs: ['numpy vectorized operations', 'Decimal arithmetic for currency'],
    title: 'Arc elasticity between two price points and charm pricing',
    tags: ['python', 'pricing', 'economics'],
    body: md`
For dynamic pricing for online store experiments I compare two price points at a time. I want the arc (midpoint) price elasticity of demand so the result does not depend on direction, and then snap the suggested price to a .99 ending. Estimating price elasticity from historical sales with a regression comes later.`,
    answers: [md`
Midpoint formula, and snapping done in cents to avoid float surprises (Decimal arithmetic for currency works too; numpy vectorized operations if you do whole price lists).

~~~python
def arc_elasticity(p1: float, q1: float, p2: float, q2: float) -> float:
    """Midpoint price elasticity of demand between two (price, quantity) points."""
    if p1 == p2:
        raise ValueError("prices must differ")
    dq = (q2 - q1) / ((q1 + q2) / 2)
    dp = (p2 - p1) / ((p1 + p2) / 2)
    return round(dq / dp, 4)


def charm_price(price: float) -> float:
    """Nearest price ending in .99 that is not above price + 0.50."""
    if price < 1:
        raise ValueError("price must be at least 1")
    cents = round(price * 100)
    candidate = (cents + 50) // 100 * 100 - 1
    return candidate / 100
~~~`],
  },
  {
    source: 'kaggle', sc: ['customer segmentation for marketing'],
    k: ['recency, frequency and monetary value'], ds: ['profiling segments for marketing teams'],
    cs: ['pandas qcut for quantile bins', 'sorting with key functions'],
    title: 'RFM segments from first principles',
    tags: ['rfm', 'segmentation', 'python'],
    body: md`
# RFM segmentation for a mail-order shop

Customer segmentation for marketing often starts with recency, frequency and monetary value. Instead of pandas qcut for quantile bins, this notebook writes the scoring out so the marketing team can read the rules.

## Data

One row per customer: days since last order, number of orders, total spend.

~~~python
def quintile_edges(values: list[float]) -> list[float]:
    """Four cut points splitting values into five groups of (nearly) equal size."""
    if len(values) < 5:
        raise ValueError("need at least five values")
    ordered = sorted(values)
    return [ordered[len(ordered) * q // 5] for q in range(1, 5)]


def rfm_segment(recency_score: int, frequency_score: int, monetary_score: int) -> str:
    """Named segment from 1-5 R, F and M scores."""
    for s in (recency_score, frequency_score, monetary_score):
        if not 1 <= s <= 5:
            raise ValueError("scores must be between 1 and 5")
    if recency_score >= 4 and frequency_score >= 4:
        return "champions"
    if recency_score >= 4:
        return "new or returning"
    if frequency_score >= 4 or monetary_score >= 4:
        return "at risk" if recency_score <= 2 else "loyal"
    return "hibernating" if recency_score <= 2 else "needs attention"
~~~

## Results

Champions are 9% of customers and 41% of revenue. Profiling segments for marketing teams was done by sorting with key functions on average order value within each segment.`,
  },
  {
    source: 'stackoverflow', sc: ['customer segmentation for marketing'],
    k: ['recency, frequency and monetary value'], ds: ['profiling segments for marketing teams'],
    cs: ['pandas vectorized string methods', 'unicodedata normalization of text'],
    title: 'Deduplicating customer emails (Gmail dots, plus tags, case)',
    tags: ['python', 'email', 'data-cleaning'],
    body: md`
Before customer segmentation for marketing our CRM export has the same person three times: "Anna.Berg@gmail.com", "annaberg+shop@gmail.com" and " ANNABERG@GMAIL.COM". Their recency, frequency and monetary value get split across three rows, which ruins profiling segments for marketing teams. How do I deduplicate while keeping the first spelling seen?`,
    answers: [md`
Build a canonical key: strip, lower-case, drop the plus tag, and for Gmail drop dots in the local part. For a DataFrame the same steps are pandas vectorized string methods; for names with accents add unicodedata normalization of text.

~~~python
def canonical_email(email: str) -> str:
    """Key that identifies the same mailbox: lower-case, no plus tag, no Gmail dots."""
    email = email.strip().lower()
    if email.count("@") != 1:
        raise ValueError(f"not an email address: {email!r}")
    local, domain = email.split("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def dedupe_emails(emails: list[str]) -> list[str]:
    """First spelling of each distinct mailbox, in input order."""
    seen = {}
    for e in emails:
        seen.setdefault(canonical_email(e), e.strip())
    return list(seen.values())
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['retail demand forecasting'],
    k: ['holiday calendar effects'], ds: ['forecasting with price and promotion variables'],
    cs: ['csv DictWriter with newline handling', 'timezone-aware datetimes with zoneinfo'],
    title: 'ISO week start dates for weekly forecasts and an export with blank lines',
    tags: ['python', 'datetime', 'csv'],
    body: md`
Our retail demand forecasting runs weekly. Holiday calendar effects are attached per ISO week, and I need the Monday of an ISO week like "2024-W01". Then the forecast is exported; on Windows the file has blank lines between rows.

~~~python
import csv


def export_forecast(rows, path):
    with open(path, "w") as f:
        writer = csv.DictWriter(f, fieldnames=["week", "sku", "units"])
        writer.writeheader()
        writer.writerows(rows)
~~~`,
    answers: [md`
The blank lines: open with \`newline=""\` (csv DictWriter with newline handling). For the week, \`date.fromisocalendar\` does the work; no timezone-aware datetimes with zoneinfo needed for plain dates.

~~~python
import re
from datetime import date

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def iso_week_start(week: str) -> str:
    """Monday of an ISO week given as 'YYYY-Www', as 'YYYY-MM-DD'."""
    match = _ISO_WEEK.match(week)
    if not match:
        raise ValueError("week must look like 2024-W01")
    year, number = int(match.group(1)), int(match.group(2))
    return date.fromisocalendar(year, number, 1).isoformat()
~~~

Promotions for forecasting with price and promotion variables can then be joined on that date.`],
  },
];
