// Documents with runnable functions: IoT/manufacturing, NLP and computer vision. See function-docs.mjs.
import { md } from './fn-text.mjs';

export const FN_IOT_NLP_VISION = [
  {
    source: 'stackoverflow', sc: ['sensor anomaly detection in manufacturing'],
    k: ['point versus contextual anomalies'], ds: ['scoring sensor windows for unsupervised anomalies'],
    cs: ['pandas rolling window statistics', 'numpy vectorized operations'],
    title: 'Moving z-score that does not include the current reading',
    tags: ['python', 'anomaly-detection', 'time-series'],
    body: md`
For sensor anomaly detection in manufacturing I score each temperature reading against the previous N readings. With pandas rolling window statistics the current value is inside its own window, which hides spikes. I'm scoring sensor windows for unsupervised anomalies and need the distinction of point versus contextual anomalies later, but first a clean moving z-score. The window must be at least 2.`,
    answers: [md`
Compute mean and standard deviation of the preceding window only; a flat window (std 0) gives 0 instead of infinity. numpy vectorized operations or \`rolling(...).shift(1)\` do the same on big arrays.

~~~python
import statistics


def moving_zscore(values: list[float], window: int) -> list[float | None]:
    """z-score of each value against the window values before it; None until enough history."""
    if window < 2:
        raise ValueError("window must be at least 2")
    out = []
    for i, v in enumerate(values):
        if i < window:
            out.append(None)
            continue
        past = values[i - window : i]
        sd = statistics.pstdev(past)
        out.append(0.0 if sd == 0 else round((v - statistics.fmean(past)) / sd, 4))
    return out
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['sensor anomaly detection in manufacturing'],
    k: ['normal operating envelopes of machines'], ds: ['labelling anomalies with maintenance logs'],
    cs: ['itertools groupby after sorting', 'generator functions for streaming data'],
    title: 'Run-length encoding machine states and finding out-of-envelope segments',
    tags: ['python', 'itertools', 'manufacturing'],
    body: md`
Each machine reports a state every second ("RUN", "IDLE", "ALARM"). For sensor anomaly detection in manufacturing I compress this into runs, and I want segments where a reading is outside the normal operating envelopes of machines, so I can go labelling anomalies with maintenance logs by segment.

~~~python
def label_segments(values, low, high):
    def outside(v):
        return v < low or v > high

    segments = []
    start = None
    for i, v in enumerate(values):
        if outside(v) and start is None:
            start = i
        elif not outside(v) and start is not None:
            segments.append((start, i - 1))
            start = None
    if start is not None:
        segments.append((start, len(values) - 1))
    return segments
~~~

That works; how do I do the run-length part idiomatically?`,
    answers: [md`
itertools groupby after sorting is the usual tool, but here the input is already in time order and you want consecutive runs, so no sorting:

~~~python
from itertools import groupby


def run_length_encode(states: list[str]) -> list[list]:
    """Consecutive runs as [state, count] pairs."""
    return [[state, sum(1 for _ in run)] for state, run in groupby(states)]


def run_length_decode(runs: list[list]) -> list[str]:
    """Inverse of run_length_encode."""
    out = []
    for state, count in runs:
        if count <= 0:
            raise ValueError("run counts must be positive")
        out.extend([state] * count)
    return out
~~~

For live data the same idea fits generator functions for streaming data: yield a run whenever the state changes.`],
  },
  {
    source: 'kaggle', sc: ['predictive maintenance for industrial machines'],
    k: ['vibration signatures of bearing faults', 'remaining useful life'], ds: ['estimating remaining useful life from degradation trends'],
    cs: ['numpy FFT for vibration spectra', 'scipy curve_fit for model fitting'],
    title: 'Bearing health: RMS trend and a linear remaining-useful-life estimate',
    tags: ['predictive-maintenance', 'vibration', 'python'],
    body: md`
# RMS trend of bearing vibration

Predictive maintenance for industrial machines on a run-to-failure bearing dataset. Vibration signatures of bearing faults show up in the spectrum (numpy FFT for vibration spectra in the appendix), but the RMS level alone already trends up.

## Data

Four bearings, one 1-second snapshot every 10 minutes until failure.

~~~python
import math


def rms(samples: list[float]) -> float:
    """Root mean square of a vibration snapshot."""
    if not samples:
        raise ValueError("samples must not be empty")
    return math.sqrt(sum(x * x for x in samples) / len(samples))


def linear_rul(times: list[float], health: list[float], threshold: float) -> float | None:
    """Time left until a least-squares line through (times, health) reaches threshold; None if not rising."""
    n = len(times)
    if n < 2 or n != len(health):
        raise ValueError("need at least two (time, health) points of equal length")
    mt, mh = sum(times) / n, sum(health) / n
    sxx = sum((t - mt) ** 2 for t in times)
    slope = sum((t - mt) * (h - mh) for t, h in zip(times, health)) / sxx
    if slope <= 0:
        return None
    intercept = mh - slope * mt
    return max(0.0, (threshold - intercept) / slope - times[-1])
~~~

Estimating remaining useful life from degradation trends with a straight line is crude; scipy curve_fit for model fitting with an exponential is the next step.

## Results

On the last 48 hours before failure the linear estimate of remaining useful life is within 6 hours for three of four bearings.`,
  },
  {
    source: 'stackoverflow', sc: ['smart home energy monitoring'],
    k: ['time-of-use electricity tariffs'], ds: ['disaggregating household load by appliance'],
    cs: ['pandas resample for time series', 'timezone-aware datetimes with zoneinfo'],
    title: 'Cost of a day of hourly consumption under a time-of-use tariff',
    tags: ['python', 'energy', 'tariffs'],
    body: md`
Smart home energy monitoring app: I have 24 hourly kWh values (after pandas resample for time series) and want the cost under time-of-use electricity tariffs, with peak hours 17–20. Hours are already local (timezone-aware datetimes with zoneinfo upstream). Disaggregating household load by appliance is a later feature.`,
    answers: [md`
~~~python
def tou_cost(hourly_kwh: list[float], peak_hours: list[int], peak_rate: float, offpeak_rate: float) -> float:
    """Cost of 24 hourly readings; hours in peak_hours are charged at peak_rate."""
    if len(hourly_kwh) != 24:
        raise ValueError("expected 24 hourly values")
    if any(v < 0 for v in hourly_kwh):
        raise ValueError("consumption must not be negative")
    peak = set(peak_hours)
    return round(sum(kwh * (peak_rate if h in peak else offpeak_rate) for h, kwh in enumerate(hourly_kwh)), 2)
~~~

On DST days you get 23 or 25 values; decide whether to reject them or pass the local hour explicitly.`],
  },
  {
    source: 'stackoverflow', sc: ['production line quality control'],
    k: ['statistical process control rules', 'yield and defect rates per batch'], ds: ['root cause analysis of defective batches'],
    cs: ['numpy vectorized operations', 'pandas groupby aggregation'],
    title: 'Western Electric rules for a control chart in plain Python',
    tags: ['python', 'spc', 'quality'],
    body: md`
For production line quality control I flag points on a control chart with statistical process control rules. Rule 1: a point beyond 3 sigma. Rule 4 (one variant): eight consecutive points on the same side of the centre line. I also report yield and defect rates per batch, which feed root cause analysis of defective batches.`,
    answers: [md`
~~~python
def spc_violations(values: list[float], mean: float, sigma: float) -> dict[str, list[int]]:
    """Indices violating rule 1 (beyond 3 sigma) and rule 4 (8 in a row on one side)."""
    if sigma <= 0:
        raise ValueError("sigma must be positive")
    rule1 = [i for i, v in enumerate(values) if abs(v - mean) > 3 * sigma]
    rule4 = []
    run, side = 0, 0
    for i, v in enumerate(values):
        s = (v > mean) - (v < mean)
        run = run + 1 if s == side and s != 0 else 1
        side = s
        if run >= 8 and s != 0:
            rule4.append(i)
    return {"rule1": rule1, "rule4": rule4}


def defect_rate(defects: int, units: int) -> float:
    """Defects per unit produced in a batch."""
    if units <= 0:
        raise ValueError("units must be positive")
    if not 0 <= defects <= units:
        raise ValueError("defects must be between 0 and units")
    return defects / units
~~~

Per-batch rates over many batches are a pandas groupby aggregation; numpy vectorized operations do rule 1 on whole arrays.`],
  },
  {
    source: 'stackoverflow', sc: ['fleet telematics data ingestion'],
    k: ['GPS fix quality and dropouts'], ds: ['downsampling high-frequency telemetry', 'buffering telemetry during connectivity loss'],
    cs: ['struct module for parsing binary packets', 'generator functions for streaming data'],
    title: 'Unpacking a binary GPS packet and downsampling to one point per N seconds',
    tags: ['python', 'struct', 'telematics'],
    body: md`
Fleet telematics data ingestion: trackers send 19-byte little-endian packets (uint32 epoch seconds, int32 lat e7, int32 lon e7, uint16 speed in 0.1 km/h, uint8 satellites, uint32 odometer metres). I'm using the struct module for parsing binary packets, but the numbers come out wrong. Packets with fewer than 4 satellites mean GPS fix quality and dropouts, and should be marked.

Then downsampling high-frequency telemetry: keep one point per 30 seconds. In the ingest worker, buffering telemetry during connectivity loss is done upstream, and the upload uses boto3:

~~~python
import boto3


def upload_batch(records, bucket):
    s3 = boto3.client("s3")
    s3.put_object(Bucket=bucket, Key=f"telemetry/{records[0]['ts']}.json", Body=str(records))
~~~`,
    answers: [md`
Use \`<\` for little-endian with no padding (the default \`@\` aligns fields). The hex form is what the gateway logs, so the parser takes hex:

~~~python
import struct

_PACKET = struct.Struct("<IiiHBI")


def parse_packet(hex_payload: str) -> dict:
    """Decode a 19-byte telemetry packet given as hex."""
    data = bytes.fromhex(hex_payload)
    if len(data) != _PACKET.size:
        raise ValueError(f"packet must be {_PACKET.size} bytes, got {len(data)}")
    ts, lat, lon, speed, sats, odo = _PACKET.unpack(data)
    return {"ts": ts, "lat": lat / 1e7, "lon": lon / 1e7, "speed_kmh": speed / 10,
            "satellites": sats, "odometer_m": odo, "good_fix": sats >= 4}


def downsample(timestamps: list[int], every_seconds: int) -> list[int]:
    """Indices of points to keep: the first point, then the first one at least every_seconds later."""
    if every_seconds <= 0:
        raise ValueError("every_seconds must be positive")
    keep, last = [], None
    for i, ts in enumerate(timestamps):
        if last is None or ts - last >= every_seconds:
            keep.append(i)
            last = ts
    return keep
~~~

For a stream, turn downsample into one of your generator functions for streaming data.`],
  },
  {
    source: 'stackoverflow', sc: ['customer support ticket classification'],
    k: ['urgency signals in customer messages'], ds: ['routing tickets by prediction confidence'],
    cs: ['TF-IDF vectorization with scikit-learn', 'sorting with key functions'],
    title: 'Send low-confidence tickets to a human queue',
    tags: ['python', 'nlp', 'classification'],
    body: md`
Customer support ticket classification with TF-IDF vectorization with scikit-learn and a linear model. I'm routing tickets by prediction confidence: if the top class probability is below a threshold, or the top two are close, the ticket goes to triage. Also urgency signals in customer messages ("asap", "down", "cannot log in") should bump priority.`,
    answers: [md`
The ranking is plain sorting with key functions; the urgency check is one regex.

~~~python
import re


def route_ticket(probabilities: dict[str, float], threshold: float = 0.6, margin: float = 0.1) -> str:
    """Predicted queue, or 'triage' when the model is unsure."""
    if not probabilities:
        raise ValueError("probabilities must not be empty")
    ranked = sorted(probabilities.items(), key=lambda kv: kv[1], reverse=True)
    best, p1 = ranked[0]
    p2 = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if p1 >= threshold and p1 - p2 >= margin else "triage"


_URGENT = re.compile(r"\b(asap|urgent|immediately|down|outage|cannot log ?in|can't log ?in)\b", re.IGNORECASE)


def urgency_score(text: str) -> int:
    """Number of distinct urgency phrases, plus one for three or more exclamation marks."""
    found = {m.group(0).lower() for m in _URGENT.finditer(text)}
    return len(found) + (1 if text.count("!") >= 3 else 0)
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['sentiment analysis of product reviews'],
    k: ['sarcasm and negation in reviews'], ds: ['using star ratings as weak labels'],
    cs: ['NLTK tokenization and stopwords', 'pandas vectorized string methods'],
    title: 'Marking negation scope before a bag-of-words sentiment model',
    tags: ['python', 'sentiment', 'nlp'],
    body: md`
Sentiment analysis of product reviews: "not good at all" ends up positive in my bag-of-words model. Sarcasm and negation in reviews are hard, but negation at least can be handled by prefixing tokens after "not" with NOT_ until punctuation. I tokenize with NLTK tokenization and stopwords (but I keep "not" out of the stopword list). I'm also using star ratings as weak labels and need a mapping.`,
    answers: [md`
~~~python
_NEGATIONS = {"not", "no", "never", "n't", "cannot", "without"}
_PUNCT = {".", ",", "!", "?", ";", ":"}


def mark_negation(tokens: list[str]) -> list[str]:
    """Prefix tokens after a negation word with NOT_ until the next punctuation token."""
    out, negated = [], False
    for tok in tokens:
        if tok in _PUNCT:
            negated = False
            out.append(tok)
        elif tok.lower() in _NEGATIONS:
            negated = True
            out.append(tok)
        else:
            out.append("NOT_" + tok if negated else tok)
    return out


def stars_to_label(stars: int) -> str | None:
    """Weak label from a 1-5 star rating; 3 stars is left unlabelled (None)."""
    if not 1 <= stars <= 5:
        raise ValueError("stars must be between 1 and 5")
    return "negative" if stars <= 2 else None if stars == 3 else "positive"
~~~

For a DataFrame column the token step is pandas vectorized string methods (\`str.split\`) followed by \`map(mark_negation)\`.`],
  },
  {
    source: 'stackoverflow', sc: ['named entity extraction from legal contracts'],
    k: ['defined terms in contracts'], ds: ['splitting long documents into overlapping chunks'],
    cs: ['Hugging Face tokenizers with truncation and padding', 'regular expressions with named groups'],
    title: 'Overlapping token chunks for contracts longer than 512 tokens',
    tags: ['python', 'nlp', 'transformers', 'legal'],
    body: md`
Named entity extraction from legal contracts: documents are 20,000 tokens and the model takes 512. Hugging Face tokenizers with truncation and padding can return overflowing tokens, but I need the chunk boundaries myself to map entities back. Splitting long documents into overlapping chunks with stride: the overlap must be smaller than the chunk size.

Also, defined terms in contracts look like \`("Supplier")\` or \`(the "Effective Date")\`; I want them listed.`,
    answers: [md`
~~~python
import re


def chunk_spans(n_tokens: int, size: int, overlap: int) -> list[list[int]]:
    """[start, end) spans of at most size tokens, consecutive spans sharing overlap tokens."""
    if size <= 0:
        raise ValueError("size must be positive")
    if not 0 <= overlap < size:
        raise ValueError("overlap must be at least 0 and smaller than size")
    spans, start = [], 0
    while start < n_tokens:
        end = min(start + size, n_tokens)
        spans.append([start, end])
        if end == n_tokens:
            break
        start = end - overlap
    return spans


_DEFINED = re.compile(r'\((?:the\s+)?["\u201c](?P<term>[A-Z][^"\u201d]{1,60})["\u201d]\)')


def defined_terms(text: str) -> list[str]:
    """Defined terms in order of first definition."""
    return list(dict.fromkeys(m.group("term") for m in _DEFINED.finditer(text)))
~~~

Regular expressions with named groups also let you capture the sentence the term is defined in.`],
  },
  {
    source: 'stackoverflow', sc: ['chatbot for FAQ answering'],
    k: ['retrieval-augmented generation'], ds: ['measuring retrieval hit rate', 'building a semantic search index over FAQs'],
    cs: ['sentence-transformers embeddings for semantic search', 'numpy vectorized operations'],
    title: 'Hit rate at k for the FAQ retriever, and cosine similarity by hand',
    tags: ['python', 'retrieval', 'rag'],
    body: md`
Our chatbot for FAQ answering uses retrieval-augmented generation: sentence-transformers embeddings for semantic search find the top FAQ entries, the LLM writes the answer. Before tuning the model I'm measuring retrieval hit rate on 300 labelled questions while building a semantic search index over FAQs. How do I compute hit rate at k, and is my cosine right?`,
    answers: [md`
~~~python
import math


def hit_rate_at_k(ranked: list[list[str]], gold: list[str], k: int) -> float:
    """Share of questions whose gold FAQ id is in their top k retrieved ids."""
    if k <= 0:
        raise ValueError("k must be positive")
    if len(ranked) != len(gold) or not gold:
        raise ValueError("need one ranking per gold id")
    return sum(g in r[:k] for r, g in zip(ranked, gold)) / len(gold)


def cosine_similarity(a: list[float], b: list[float]) -> float:
    """Cosine of the angle between two vectors of equal length."""
    if len(a) != len(b):
        raise ValueError("vectors must have the same length")
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if na == 0 or nb == 0:
        raise ValueError("vectors must not be zero")
    return sum(x * y for x, y in zip(a, b)) / (na * nb)
~~~

With normalized embeddings, numpy vectorized operations reduce the cosine to a dot product.`],
  },
  {
    source: 'kaggle', sc: ['news article topic modeling'],
    k: ['topic coherence'], ds: ['choosing the number of topics'],
    cs: ['gensim LDA topic modeling', 'unicodedata normalization of text', 'collections Counter and defaultdict'],
    title: 'Cleaning news text before LDA and reading the topics',
    tags: ['nlp', 'lda', 'python'],
    body: md`
# News article topic modeling: preprocessing matters

News article topic modeling with gensim LDA topic modeling on 60,000 articles. Most of the work is cleaning: curly quotes, accents and hyphenation produce near-duplicate tokens that hurt topic coherence.

## Data

Article bodies from several outlets, mixed encodings.

~~~python
import re
import unicodedata

_TOKEN = re.compile(r"[a-z][a-z'-]+")


def normalize_text(text: str) -> list[str]:
    """Lower-case ASCII tokens of at least two letters, accents removed, curly quotes unified."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _TOKEN.findall(text)


def top_words(counts: dict[str, int], n: int, stopwords: list[str] | None = None) -> list[str]:
    """The n most frequent words, ties broken alphabetically, stopwords skipped."""
    if n <= 0:
        raise ValueError("n must be positive")
    skip = set(stopwords or [])
    ranked = sorted((w for w in counts if w not in skip), key=lambda w: (-counts[w], w))
    return ranked[:n]
~~~

Counts per topic come from collections Counter and defaultdict over the assigned documents; unicodedata normalization of text removes most duplicates.

## Results

Choosing the number of topics by C_v coherence gives 18; above 25 topics split into outlets rather than subjects.`,
  },
  {
    source: 'stackoverflow', sc: ['satellite image classification'],
    k: ['multispectral bands such as near-infrared'], ds: ['computing NDVI from red and NIR bands', 'tiling large scenes into patches'],
    cs: ['rasterio for reading GeoTIFF bands', 'numpy vectorized operations'],
    title: 'NDVI divides by zero on water pixels; tile coordinates for a scene',
    tags: ['python', 'remote-sensing', 'numpy'],
    body: md`
Satellite image classification: I'm computing NDVI from red and NIR bands (multispectral bands such as near-infrared come from rasterio for reading GeoTIFF bands) and get division by zero where both are 0. Then tiling large scenes into patches of 256 px with the last row/column tiles shifted inward so every tile is full size.`,
    answers: [md`
Return a sentinel where the denominator is zero. With numpy vectorized operations use \`np.divide(..., where=den != 0)\`; plain version:

~~~python
def ndvi(red: list[float], nir: list[float], nodata: float = -2.0) -> list[float]:
    """(nir - red) / (nir + red) per pixel; nodata where both bands are zero."""
    if len(red) != len(nir):
        raise ValueError("bands must have the same length")
    return [nodata if n + r == 0 else round((n - r) / (n + r), 4) for r, n in zip(red, nir)]


def tile_origins(width: int, height: int, tile: int) -> list[list[int]]:
    """Top-left [x, y] of full-size tiles covering the scene; edge tiles are shifted inward."""
    if tile <= 0 or width < tile or height < tile:
        raise ValueError("tile must be positive and fit inside the scene")
    def starts(size):
        s = list(range(0, size - tile + 1, tile))
        if s[-1] + tile < size:
            s.append(size - tile)
        return s
    return [[x, y] for y in starts(height) for x in starts(width)]
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['invoice OCR and field extraction'],
    k: ['invoice layouts and key fields'], ds: ['validating extracted totals against line items'],
    cs: ['pytesseract OCR with image preprocessing', 'Decimal arithmetic for currency'],
    title: 'Parsing OCR amounts like "1.234,50 EUR" and checking the total',
    tags: ['python', 'ocr', 'invoices'],
    body: md`
Invoice OCR and field extraction with pytesseract OCR with image preprocessing. Invoice layouts and key fields vary by supplier and amounts appear as "1,234.50", "1.234,50 EUR" or "€ 99". For validating extracted totals against line items I need them as numbers.`,
    answers: [md`
Decide the decimal separator by whichever of "," and "." comes last, and keep money in Decimal arithmetic for currency.

~~~python
import re
from decimal import Decimal


def parse_amount(text: str) -> str:
    """Amount in an OCR'd string as a plain decimal string, e.g. '1.234,50 EUR' -> '1234.50'."""
    digits = re.sub(r"[^\d.,-]", "", text)
    if not re.search(r"\d", digits):
        raise ValueError(f"no amount in {text!r}")
    last_comma, last_dot = digits.rfind(","), digits.rfind(".")
    decimal_sep = "," if last_comma > last_dot else "."
    if decimal_sep == "," or (last_dot >= 0 and len(digits) - last_dot - 1 != 3):
        int_part, _, frac = digits.rpartition(decimal_sep)
    else:
        int_part, frac = digits, ""
    int_part = re.sub(r"[.,]", "", int_part) or "0"
    return str(Decimal(f"{int_part}.{frac}" if frac else int_part))


def totals_match(line_amounts: list[str], total: str, tolerance: str = "0.01") -> bool:
    """True if the line amounts add up to the total within tolerance."""
    diff = abs(sum(Decimal(a) for a in line_amounts) - Decimal(total))
    return diff <= Decimal(tolerance)
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['license plate recognition'],
    k: ['plate formats by country'], ds: ['two-stage detection then recognition'],
    cs: ['OpenCV image reading and color conversion', 'regular expressions with named groups'],
    title: 'Cleaning OCR output of UK plates (O vs 0, I vs 1)',
    tags: ['python', 'ocr', 'anpr'],
    body: md`
License plate recognition with two-stage detection then recognition: OpenCV image reading and color conversion, a detector, then a text recognizer. The recognizer confuses O/0 and I/1. Plate formats by country differ; for current UK plates the pattern is two letters, two digits, three letters ("AB12 CDE"), so the position tells which character is meant.`,
    answers: [md`
Fix characters by position and validate with regular expressions with named groups:

~~~python
import re

_TO_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B"}
_TO_DIGIT = {v: k for k, v in _TO_LETTER.items()}
_UK = re.compile(r"^(?P<area>[A-Z]{2})(?P<age>\d{2})(?P<serial>[A-Z]{3})$")


def normalize_uk_plate(raw: str) -> str | None:
    """Canonical 'AB12 CDE' for OCR text of a current-style UK plate, or None if it cannot be one."""
    chars = [c for c in raw.upper() if c.isalnum()]
    if len(chars) != 7:
        return None
    fixed = [
        (_TO_DIGIT.get(c, c) if i in (2, 3) else _TO_LETTER.get(c, c))
        for i, c in enumerate(chars)
    ]
    plate = "".join(fixed)
    m = _UK.match(plate)
    return f"{m['area']}{m['age']} {m['serial']}" if m else None
~~~`],
  },
  {
    source: 'stackoverflow', sc: ['retail shelf product detection'],
    k: ['densely packed small objects on shelves'], ds: ['tuning non-maximum suppression for dense scenes'],
    cs: ['Ultralytics YOLO training configuration', 'numpy vectorized operations'],
    title: 'NMS removes neighbouring products on a dense shelf',
    tags: ['python', 'object-detection', 'nms'],
    body: md`
Retail shelf product detection: densely packed small objects on shelves, bottles touching each other. The default NMS from the Ultralytics YOLO training configuration suppresses real neighbours. I want to experiment with tuning non-maximum suppression for dense scenes outside the framework, so I need IoU and greedy NMS I can read. Boxes are [x1, y1, x2, y2].`,
    answers: [md`
~~~python
def iou(a: list[float], b: list[float]) -> float:
    """Intersection over union of two [x1, y1, x2, y2] boxes."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return 0.0 if union <= 0 else inter / union


def nms(boxes: list[list[float]], scores: list[float], iou_threshold: float = 0.5) -> list[int]:
    """Indices kept by greedy non-maximum suppression, highest score first."""
    if len(boxes) != len(scores):
        raise ValueError("boxes and scores must have the same length")
    order = sorted(range(len(boxes)), key=lambda i: scores[i], reverse=True)
    keep = []
    for i in order:
        if all(iou(boxes[i], boxes[j]) <= iou_threshold for j in keep):
            keep.append(i)
    return keep
~~~

For dense shelves try an IoU threshold of 0.6–0.7. numpy vectorized operations make it fast enough for thousands of boxes.`],
  },
  {
    source: 'stackoverflow', sc: ['plant disease detection from leaf images'],
    k: ['field versus lab photo conditions'], ds: ['balancing disease classes with weighted sampling'],
    cs: ['PyTorch Dataset and DataLoader classes', 'pathlib for file paths'],
    title: 'Class weights for a WeightedRandomSampler from folder counts',
    tags: ['python', 'pytorch', 'imbalanced'],
    body: md`
Plant disease detection from leaf images: one folder per class, from 40 to 4,000 images. For balancing disease classes with weighted sampling in PyTorch Dataset and DataLoader classes I count files like this:

~~~python
import os


def list_images(folder):
    return sorted(f for f in os.listdir(folder) if f.lower().endswith((".jpg", ".png")))
~~~

Field versus lab photo conditions also differ by class, which I'll handle later. How do I turn counts into sampler weights?`,
    answers: [md`
Weight each class by the inverse of its count, normalized so the weights sum to the number of classes. (pathlib for file paths is nicer than os.listdir for the listing: \`Path(folder).glob("*.jpg")\`.)

~~~python
def class_weights(counts: dict[str, int]) -> dict[str, float]:
    """Inverse-frequency weight per class, scaled so the weights sum to the number of classes."""
    if not counts or any(c <= 0 for c in counts.values()):
        raise ValueError("every class needs a positive count")
    inverse = {k: 1 / c for k, c in counts.items()}
    scale = len(counts) / sum(inverse.values())
    return {k: round(v * scale, 6) for k, v in inverse.items()}
~~~

Each sample then gets the weight of its class.`],
  },
];
