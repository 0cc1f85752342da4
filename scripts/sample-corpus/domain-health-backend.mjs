// Healthcare and web backend/devops: scenarios, knowledge, domain skills and domain-flavoured coding skills.
const r = String.raw;

export const HEALTHCARE = {
  key: 'healthcare', tags: ['healthcare'], cats: { data: 1, ml: 1, py: 0.6, db: 0.2 },
  k: [
    ['HIPAA de-identification rules', 'The Safe Harbor method requires removing 18 kinds of identifiers, including most dates and small geographic units.'],
    ['ICD-10 diagnosis codes', 'Diagnoses are coded in ICD-10, a hierarchy in which the first three characters give the category.'],
    ["Bayes' theorem for diagnostic tests", 'For a rare condition most positive tests are false positives; the post-test probability depends on prevalence.'],
    ['sensitivity and specificity trade-offs', 'Catching more true cases means raising more false alarms, and the right balance depends on the clinical cost of each.'],
  ],
  ds: [
    ['survival analysis with censored follow-up', 'Patients who leave the study before the event are censored, not negative, and survival methods use their partial follow-up.'],
    ['calibrating predicted risks', 'Clinicians read scores as probabilities, so predicted risks must match observed rates in each risk band.'],
    ['selecting a cohort with inclusion criteria', 'Inclusion and exclusion rules are applied step by step and the counts are reported in a flow table.'],
  ],
  also: {
    'lifelines Kaplan-Meier fitting': ['edu'],
  },
  cs: [
    ['lifelines Kaplan-Meier fitting', 'healthcare', 'lifelines survival',
      'my survival curve drops to zero because censored patients are counted as events',
      r`kmf = KaplanMeierFitter()
kmf.fit($(df)["days"], event_observed=np.ones(len($(df))))`, null,
      r`kmf = KaplanMeierFitter()
for name, grp in $(df).groupby("$(cat)"):
    kmf.fit(grp["days"], event_observed=grp["$(label)"], label=str(name))
    kmf.plot_survival_function(ci_show=True)`,
      'event_observed must be 1 only for patients with the event; the others are censored at their last follow-up.'],
    ['pydicom for reading DICOM files', 'healthcare', 'pydicom medical-imaging',
      'the pixel values I read from DICOM do not match what the viewer shows',
      r`ds = pydicom.dcmread(path)
img = ds.pixel_array`, null,
      r`ds = pydicom.dcmread(path)
img = ds.pixel_array.astype(np.float32)
img = img * float(ds.RescaleSlope) + float(ds.RescaleIntercept)  # raw values to HU`,
      'Stored values must be rescaled with RescaleSlope and RescaleIntercept before any windowing.'],
    ['pandas nullable integer dtypes', 'healthcare', 'pandas',
      'integer codes turn into floats like 250.0 as soon as a value is missing',
      r`$(df) = pd.read_csv("$(file)")
print($(df)["visit_num"].head(3).tolist())`, '[1.0, 2.0, nan]',
      r`$(df) = pd.read_csv("$(file)", dtype={"visit_num": "Int64", "$(id)": "string"})
print($(df)["visit_num"].head(3).tolist())  # [1, 2, <NA>]`,
      'NumPy integers cannot hold NaN, so pandas upcasts to float. The nullable Int64 dtype keeps integers and uses pd.NA for missing values.'],
    ['scikit-learn CalibratedClassifierCV', 'healthcare', 'scikit-learn',
      'predicted risks are far too confident compared with observed rates',
      r`proba = model.predict_proba(X_te)[:, 1]
print(proba.mean(), y_te.mean())`, '0.31 0.12',
      r`cal = CalibratedClassifierCV(model, method="isotonic", cv=5).fit(X_tr, y_tr)
proba = cal.predict_proba(X_te)[:, 1]
frac_pos, mean_pred = calibration_curve(y_te, proba, n_bins=10)`,
      'Calibrate with cross-validation on training data and check a reliability curve on the test set.'],
    ['pandas Timedelta date arithmetic', 'healthcare', 'pandas datetime',
      'subtracting two date columns gives Timedelta objects I cannot use as numbers',
      r`$(df)["gap"] = $(df)["discharge_date"] - $(df)["$(ts)"]
$(df)["gap"].mean() / 2`, null,
      r`$(df)["gap_days"] = ($(df)["discharge_date"] - $(df)["$(ts)"]).dt.days
$(df)["within_30"] = $(df)["gap_days"].between(0, 30)`,
      'The .dt accessor turns Timedelta into numbers of days, which you can compare and average.'],
  ],
  sc: [
    { n: 'clinical trial data cleaning', w: 2, kg: 0.3, task: 'etl',
      v: { df: 'lb', id: 'usubjid', ts: 'lbdtc', y: 'lbstresn', cat: 'site_id', label: 'aeser', text: 'lbtest', file: 'lb.csv', table: 'lab_results', noun: 'lab records' },
      intro: ['data cleaning scripts for a phase II oncology trial', 'the cleaning step that prepares trial data for the statistical analysis plan'],
      data: 'The lab data comes from 14 sites, roughly 90,000 records, with local units and partial dates.',
      k: [['CDISC SDTM domains', 'Trial data is organised in SDTM domains such as DM for demographics, AE for adverse events and LB for labs.'],
        ['visit windows in trial protocols', 'Each protocol visit allows a window of days, and off-window visits are flagged rather than dropped.'],
        ['adverse event severity grading', 'Adverse events are graded from 1 to 5 with CTCAE criteria, and grade 3 or higher is usually reported separately.']],
      ds: [['harmonizing lab units across sites', 'Each site reports in its own units, which are converted to standard units before ranges are compared.'],
        ['deriving study day from the first dose date', 'Study day counts from the first dose, with no day zero.'],
        ['flagging protocol deviations', 'Missed visits, out-of-window assessments and dosing errors are detected with explicit rules.']],
      metric: ['records passing validation checks', 0.91, 0.99, 3, 'higher'], models: ['rule-based checks'],
      rel: ['hospital readmission prediction'] },
    { n: 'hospital readmission prediction', w: 2, kg: 0.7, task: 'clf',
      v: { df: 'encounters', id: 'patient_id', ts: 'admit_date', y: 'length_of_stay', cat: 'admission_type', label: 'readmitted_30d', text: 'primary_diagnosis', file: 'encounters.csv', table: 'encounters', noun: 'encounters' },
      intro: ['a 30-day readmission risk model for a hospital network', 'a discharge-time risk score that helps nurses plan follow-up calls'],
      data: 'There are about 100,000 inpatient encounters with diagnoses, lab summaries, medications and a readmission flag.',
      k: [['30-day readmission definitions', 'Only unplanned readmissions within 30 days of discharge count, and planned returns are excluded.'],
        ['Charlson comorbidity index', 'Weighted counts of chronic conditions summarize how sick a patient is beyond the current admission.']],
      ds: [['aggregating encounter history per patient', 'Prior admissions, emergency visits and length of stay over the past year become patient-level features.']],
      metric: ['ROC-AUC', 0.66, 0.78, 3, 'higher'], models: ['LightGBM', 'logistic regression'],
      rel: ['patient appointment no-show prediction'] },
    { n: 'medical image segmentation', w: 1, kg: 0.7, task: 'img', borrow: ['vision'],
      v: { df: 'meta', id: 'series_uid', ts: 'study_date', y: 'lesion_volume', cat: 'scanner', label: 'has_lesion', text: 'study_description', file: 'series.csv', table: 'series', noun: 'CT slices' },
      intro: ['a liver lesion segmentation model for CT scans', 'automatic organ masks to speed up radiotherapy planning'],
      data: 'The dataset has 130 annotated CT volumes stored as DICOM series, with masks drawn by two radiologists.',
      k: [['Hounsfield units in CT scans', 'CT intensities are Hounsfield units; water is 0, air about -1000 and soft tissue roughly 20 to 80.'],
        ['inter-annotator variability in segmentations', 'Two experts rarely draw the same boundary, which caps the achievable agreement.']],
      ds: [['windowing CT intensities', 'Intensities are clipped to a tissue window, such as -100 to 200 HU for the abdomen, and then scaled.'],
        ['evaluating masks with the Dice coefficient', 'Dice measures overlap between predicted and reference masks, reported per case.']],
      metric: ['Dice', 0.78, 0.91, 3, 'higher'], models: ['U-Net'] },
    { n: 'patient appointment no-show prediction', w: 1.2, kg: 0.8, task: 'clf',
      v: { df: 'appts', id: 'patient_id', ts: 'appointment_day', y: 'lead_days', cat: 'neighbourhood', label: 'no_show', text: 'clinic', file: 'appointments.csv', table: 'appointments', noun: 'appointments' },
      intro: ['a model that predicts which outpatient appointments will be missed', 'a no-show score used to decide who gets an extra reminder call'],
      data: 'The data has about 110,000 appointments with booking date, appointment date, age, neighbourhood, SMS flag and whether the patient showed up.',
      k: [['lead time between booking and appointment', 'The longer the gap between booking and visit, the more likely a patient forgets or resolves the issue elsewhere.'],
        ['effect of SMS reminders on attendance', 'Reminders are sent only for longer lead times, so their raw effect is confounded.']],
      ds: [['encoding patient visit history features', 'Each patient gets counts of past appointments and past no-shows, computed strictly before the current booking.']],
      metric: ['ROC-AUC', 0.68, 0.76, 3, 'higher'], models: ['LightGBM', 'logistic regression'],
      rel: ['hospital readmission prediction'] },
    { n: 'electronic health record de-identification', w: 0.8, kg: 0.1, task: 'text', borrow: ['nlp'],
      v: { df: 'notes', id: 'note_id', ts: 'note_date', y: 'n_tokens', cat: 'note_type', label: 'has_phi', text: 'note_text', file: 'notes.csv', table: 'clinical_notes', noun: 'clinical notes' },
      intro: ['a de-identification pipeline for clinical notes before they go to researchers', 'PHI removal for discharge summaries in a research data warehouse'],
      data: 'We have about 50,000 free-text notes with names, dates, phone numbers and record numbers scattered through them.',
      k: [['protected health information categories', 'PHI includes names, dates more specific than a year, contact details, record numbers and device identifiers.']],
      ds: [['redacting identifiers in free-text notes', 'Rule-based detectors for structured identifiers are combined with an NER model for names and places.'],
        ['shifting dates consistently per patient', 'All dates of one patient move by the same random offset so intervals stay correct.']],
      cs: [['Presidio analyzer with custom recognizers', 'healthcare', 'presidio nlp',
        'Presidio does not detect our medical record numbers',
        r`analyzer = AnalyzerEngine()
results = analyzer.analyze(text=note, language="en")`, null,
        r`mrn = PatternRecognizer(supported_entity="MRN",
                        patterns=[Pattern("mrn", r"\bMRN[:\s]*\d{7,8}\b", 0.9)])
analyzer = AnalyzerEngine()
analyzer.registry.add_recognizer(mrn)
results = analyzer.analyze(text=note, language="en", entities=["PERSON", "DATE_TIME", "MRN"])`,
        'Add a PatternRecognizer for institution-specific identifiers and list the entities you want explicitly.']],
      metric: ['PHI recall', 0.93, 0.99, 3, 'higher'], models: ['rules plus NER'] },
    { n: 'disease outbreak surveillance', w: 0.6, kg: 0.6, task: 'ts',
      v: { df: 'cases', id: 'region', ts: 'report_date', y: 'cases', cat: 'age_group', label: 'alert', text: 'region_name', file: 'cases.csv', table: 'case_reports', noun: 'case reports' },
      intro: ['an early-warning dashboard for influenza-like illness', 'weekly outbreak signals for a regional public health office'],
      data: 'Counts of reported cases by region, age group and reporting date, with corrections arriving for several weeks.',
      k: [['reporting delays in case counts', 'Recent weeks always look low because late reports have not arrived yet.'],
        ['epidemic curves and the reproduction number', 'R above one means each case causes more than one new case and the curve grows.']],
      ds: [['nowcasting case counts under reporting delay', 'The delay distribution estimated from past data is used to inflate the incomplete recent counts.'],
        ['detecting anomalies in weekly case counts', 'Observed counts are compared with a seasonal baseline and flagged when they exceed a threshold.']],
      metric: ['MAE', 12, 35, 1, 'lower'], models: ['negative binomial regression', 'seasonal baseline'] },
  ],
};

export const BACKEND = {
  key: 'backend', tags: ['backend', 'devops'], cats: { py: 1, web: 1, db: 0.8, data: 0.1 },
  k: [
    ['HTTP status code semantics', 'Clients and proxies treat 4xx and 5xx responses differently, so returning 200 with an error body breaks retries.'],
    ['idempotency of API requests', 'A request that is retried must not apply its effect twice, which is what idempotency keys are for.'],
    ["Little's law for queueing systems", 'The average number of items in a system equals arrival rate times average time in the system, which sizes worker pools.'],
    ['eventual consistency between services', 'A change made in one service becomes visible in another only after some delay.'],
  ],
  ds: [
    ['designing REST resource endpoints', 'Resources get nouns, methods carry the action, and list endpoints are paginated.'],
    ['rate limiting API clients', 'Each client gets a token bucket, and requests over the limit receive 429 with Retry-After.'],
    ['structured logging for observability', 'Logs are emitted as JSON with request ids so they can be searched and correlated.'],
    ['graceful shutdown of long-running workers', 'On SIGTERM a worker stops taking new jobs and finishes the current one before exiting.'],
    ['load testing a service before release', 'Realistic traffic is replayed at increasing rates to find the point where latency degrades.'],
  ],
  also: {
    'structured JSON logging with structlog': ['iot'],
  },
  cs: [
    ['FastAPI dependency injection', 'backend', 'fastapi',
      'every endpoint opens its own database session and some are never closed',
      r`@app.get("$(path)")
def read_item(sku: str):
    db = SessionLocal()
    return db.get(Item, sku)`, null,
      r`def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()

@app.get("$(path)")
def read_item(sku: str, db: Session = Depends(get_db)):
    return db.get(Item, sku)`,
      'A yield dependency opens the session per request and closes it after the response, even when the handler raises.'],
    ['SQLAlchemy session management', 'backend', 'sqlalchemy',
      'accessing an attribute after commit raises DetachedInstanceError',
      r`with Session(engine) as session:
    obj = session.get($(model), key)
    session.commit()
return obj.$(id)`,
      'sqlalchemy.orm.exc.DetachedInstanceError: Instance <$(model) at 0x7f3c2a1b4d90> is not bound to a Session; attribute refresh operation cannot proceed',
      r`SessionLocal = sessionmaker(engine, expire_on_commit=False)
with SessionLocal.begin() as session:
    obj = session.get($(model), key)
return obj.$(id)`,
      'By default commit expires loaded attributes, and once the session is closed they cannot be reloaded. Use expire_on_commit=False or read what you need inside the session.'],
    ['async SQLAlchemy with asyncpg', 'backend', 'sqlalchemy asyncio',
      'lazy loading a relationship in an async endpoint fails with MissingGreenlet',
      r`result = await session.execute(select($(model)))
for obj in result.scalars():
    print(obj.owner.name)`,
      "sqlalchemy.exc.MissingGreenlet: greenlet_spawn has not been called; can't call await_only() here. Was IO attempted in an unexpected place?",
      r`stmt = select($(model)).options(selectinload($(model).owner))
result = await session.execute(stmt)
for obj in result.scalars():
    print(obj.owner.name)`,
      'Implicit lazy loads cannot run under asyncio. Load relationships eagerly with selectinload, or use AsyncAttrs and awaitable_attrs.'],
    ['JWT authentication with PyJWT', 'backend', 'jwt security',
      'decoding the token fails even though I just created it',
      r`payload = jwt.decode(token, SECRET)`,
      'jwt.exceptions.DecodeError: It is required that you pass in a value for the "algorithms" argument when calling decode().',
      r`payload = jwt.decode(token, SECRET, algorithms=["HS256"],
                     audience="$(noun)-api", leeway=30)`,
      'Pin the accepted algorithms explicitly (never trust the header), check the audience, and allow a little clock skew.'],
    ['Alembic database migrations', 'backend', 'alembic sqlalchemy',
      'alembic revision --autogenerate produces an empty migration',
      r`# env.py
target_metadata = None`, null,
      r`# env.py
from app.models import Base
target_metadata = Base.metadata

# then
# alembic revision --autogenerate -m "add $(table) index"
# alembic upgrade head`,
      'Autogenerate compares the database with target_metadata; if it is None there is nothing to compare.'],
    ['Redis caching with redis-py', 'backend', 'redis caching',
      'cached values come back as bytes and never expire',
      r`r.set(key, json.dumps(value))
cached = r.get(key)`, null,
      r`r = redis.Redis.from_url(REDIS_URL, decode_responses=True)
r.set(key, json.dumps(value), ex=300)
cached = r.get(key)
value = json.loads(cached) if cached is not None else None`,
      'decode_responses=True returns str instead of bytes, and ex= sets a TTL so stale entries disappear.'],
    ['Docker multi-stage builds for Python apps', 'backend', 'docker',
      'our image is 1.9 GB because it contains compilers and build caches',
      r`FROM python:3.12
COPY . /app
RUN pip install -r /app/requirements.txt`, null,
      r`FROM python:3.12-slim AS build
RUN pip wheel --wheel-dir /wheels -r requirements.txt
FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY app/ /app/app/`,
      'Build wheels in one stage and install only the wheels into a slim final image.', 'dockerfile'],
    ['structured JSON logging with structlog', 'backend', 'logging structlog',
      'our log lines are free text and cannot be searched by request id',
      r`logger.info(f"processed {n} $(noun) for {user}")`, null,
      r`structlog.configure(processors=[
    structlog.contextvars.merge_contextvars,
    structlog.processors.TimeStamper(fmt="iso"),
    structlog.processors.JSONRenderer(),
])
log = structlog.get_logger()
structlog.contextvars.bind_contextvars(request_id=request_id)
log.info("processed", count=n, user=user)`,
      'Emit events with key-value fields as JSON and bind the request id once per request.'],
  ],
  sc: [
    { n: 'real-time chat backend', w: 2, kg: 0,
      v: { df: 'messages', id: 'room_id', ts: 'sent_at', y: 'latency_ms', cat: 'room_type', label: 'delivered', text: 'body', file: 'messages.csv', table: 'messages', noun: 'messages', model: 'Message', path: '/rooms/{room_id}/messages' },
      intro: ['a chat backend for a team collaboration app', 'the real-time messaging service of a customer support widget'],
      data: 'Clients connect over WebSockets; we run four API instances behind a load balancer and store messages in PostgreSQL.',
      k: [['message ordering guarantees', 'Messages from different senders can arrive out of order, so the server assigns a sequence per room.'],
        ['presence tracking for online users', 'Online status comes from heartbeats with a timeout, because connections drop without a clean close.']],
      ds: [['fanning out messages to connected clients', 'A message is published once and delivered to every connection subscribed to the room, on any instance.'],
        ['paginating chat history with cursors', 'History is loaded backwards with a cursor on the message id instead of OFFSET.']],
      cs: [['WebSocket connections in FastAPI', 'backend', 'fastapi websockets',
        'the server crashes with an unhandled disconnect when a client closes the tab',
        r`@app.websocket("/ws/{room_id}")
async def ws(websocket: WebSocket, room_id: str):
    await websocket.accept()
    while True:
        msg = await websocket.receive_text()
        await broadcast(room_id, msg)`, 'starlette.websockets.WebSocketDisconnect: (1001, None)',
        r`@app.websocket("/ws/{room_id}")
async def ws(websocket: WebSocket, room_id: str):
    await manager.connect(room_id, websocket)
    try:
        while True:
            msg = await websocket.receive_text()
            await manager.broadcast(room_id, msg)
    except WebSocketDisconnect:
        manager.disconnect(room_id, websocket)`,
        'A closed tab raises WebSocketDisconnect in receive; catch it and remove the connection from your registry.'],
      ['Redis pub/sub with redis-py', 'backend', 'redis pubsub',
        'messages only reach users connected to the same server instance',
        r`for conn in local_connections[room_id]:
    await conn.send_text(msg)`, null,
        r`r = redis.asyncio.Redis.from_url(REDIS_URL, decode_responses=True)
await r.publish(f"room:{room_id}", msg)

async def listen():
    pubsub = r.pubsub()
    await pubsub.psubscribe("room:*")
    async for event in pubsub.listen():
        if event["type"] == "pmessage":
            await manager.local_broadcast(event["channel"][5:], event["data"])`,
        'Publish every message to Redis and let each instance forward it to its own local connections.']],
      metric: null, models: [], rel: ['background job queue for email notifications'] },
    { n: 'web server log analysis', w: 2.2, kg: 0.2, task: 'etl', cats: { py: 1, data: 1, web: 0.3, db: 0.5 },
      v: { df: 'logs', id: 'client_ip', ts: 'time', y: 'response_ms', cat: 'status', label: 'is_bot', text: 'user_agent', file: 'access.log', table: 'access_log', noun: 'requests', model: 'Request', path: '/logs' },
      intro: ['an analysis of nginx access logs for a busy e-commerce site', 'a daily report of traffic, errors and slow endpoints from our web server logs'],
      data: 'We have about 30 million access log lines per day in the combined format, rotated and gzipped.',
      k: [['combined log format fields', 'Each line holds client IP, timestamp, request line, status, bytes, referrer and user agent.'],
        ['bot and crawler traffic', 'A large share of requests comes from crawlers and scripts, which skew every per-user metric.'],
        ['percentile latency versus average latency', 'Averages hide the slow tail; p95 and p99 describe what unlucky users experience.']],
      ds: [['sessionizing requests by client', 'Requests from the same client are grouped into sessions that end after 30 minutes of inactivity.'],
        ['detecting error-rate spikes', 'The share of 5xx responses per minute is compared with a rolling baseline.']],
      cs: [['parsing nginx access logs with regular expressions', 'backend', 'regex logs',
        'my split-based parser breaks on user agents that contain spaces and quotes',
        r`parts = line.split(" ")
ip, ts, path = parts[0], parts[3], parts[6]`, null,
        r`LINE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>\S+) (?P<path>\S+) \S+" '
    r'(?P<status>\d{3}) (?P<bytes>\d+|-) "(?P<referrer>[^"]*)" "(?P<agent>[^"]*)"'
)
rows = [m.groupdict() for line in fh if (m := LINE.match(line))]`,
        'Quoted fields can contain spaces, so match the format with a regex and named groups instead of splitting.']],
      metric: ['lines parsed successfully', 0.985, 0.999, 3, 'higher'], models: ['regex parser'],
      rel: ['infrastructure monitoring and alerting'] },
    { n: 'user authentication service', w: 1.5, kg: 0,
      v: { df: 'users', id: 'user_id', ts: 'created_at', y: 'login_count', cat: 'role', label: 'locked', text: 'email', file: 'users.csv', table: 'users', noun: 'users', model: 'User', path: '/auth/token' },
      intro: ['the login and token service for our internal apps', 'an authentication API with email login and refresh tokens'],
      data: 'Users are stored in PostgreSQL; the service issues short-lived access tokens and longer-lived refresh tokens.',
      k: [['password hashing with salts', 'Passwords are stored only as slow, salted hashes so a leaked table cannot be reversed quickly.'],
        ['OAuth 2.0 authorization code flow', 'The client gets a short-lived code through the browser and exchanges it for tokens on the back channel.']],
      ds: [['rotating refresh tokens', 'Each use of a refresh token issues a new one and revokes the old, so replay is detectable.'],
        ['locking accounts after failed logins', 'Repeated failures lock the account or slow down attempts to stop password guessing.']],
      cs: [['passlib bcrypt password hashing', 'backend', 'passlib security',
        'login fails for users whose password hash was created by the old system',
        r`pwd_context = CryptContext(schemes=["bcrypt"])
ok = pwd_context.verify(password, user.password_hash)`, 'passlib.exc.UnknownHashError: hash could not be identified',
        r`pwd_context = CryptContext(schemes=["bcrypt", "pbkdf2_sha256"], deprecated="auto")
ok, new_hash = pwd_context.verify_and_update(password, user.password_hash)
if ok and new_hash:
    user.password_hash = new_hash  # upgrade to bcrypt on successful login`,
        'List the legacy scheme as deprecated and use verify_and_update to migrate hashes at login.']],
      metric: null, models: [] },
    { n: 'background job queue for email notifications', w: 1, kg: 0,
      v: { df: 'jobs', id: 'job_id', ts: 'queued_at', y: 'attempts', cat: 'template', label: 'bounced', text: 'subject', file: 'jobs.csv', table: 'email_jobs', noun: 'emails', model: 'EmailJob', path: '/notifications' },
      intro: ['a background worker that sends transactional emails', 'the notification queue for order confirmations and password resets'],
      data: 'The web app enqueues jobs in Redis; Celery workers render templates and call the email provider API.',
      k: [['at-least-once delivery semantics', 'A queue that never loses jobs may deliver some twice, so handlers must tolerate duplicates.'],
        ['email bounce and complaint handling', 'Hard bounces and spam complaints must suppress future sends to protect the sender reputation.']],
      ds: [['retrying failed jobs with backoff', 'Transient failures are retried with growing delays and jitter, and permanent failures are not.'],
        ['deduplicating notification sends', 'An idempotency key per event prevents a user from receiving the same email twice.']],
      cs: [['Celery task retries with exponential backoff', 'backend', 'celery',
        'failed tasks retry immediately and hammer the provider',
        r`@app.task
def send_email(job_id):
    provider.send(build(job_id))`, null,
        r`@app.task(bind=True, autoretry_for=(ProviderUnavailable,), retry_backoff=True,
          retry_backoff_max=600, retry_jitter=True, max_retries=8, acks_late=True)
def send_email(self, job_id):
    if already_sent(job_id):
        return
    provider.send(build(job_id))`,
        'autoretry_for with retry_backoff spreads retries out; acks_late plus an idempotency check covers worker crashes.']],
      metric: null, models: [], rel: ['real-time chat backend'] },
    { n: 'CI/CD pipeline automation', w: 1, kg: 0, task: 'ops',
      v: { df: 'runs', id: 'run_id', ts: 'started_at', y: 'duration_s', cat: 'job', label: 'failed', text: 'commit_message', file: 'runs.csv', table: 'ci_runs', noun: 'builds', model: 'Run', path: '/builds' },
      intro: ['the CI pipeline for a Python monorepo with four services', 'automated tests and deployments for our Django and FastAPI services'],
      data: 'Every push runs linting and tests; merges to main build Docker images and deploy to staging.',
      k: [['semantic versioning', 'MAJOR.MINOR.PATCH tells consumers whether an upgrade can break them.'],
        ['build cache invalidation', 'A cache keyed on the wrong files either never hits or serves stale dependencies.']],
      ds: [['running test matrices across Python versions', 'The same test suite runs on each supported interpreter and dependency set.'],
        ['promoting builds between environments', 'The exact image tested in staging is promoted to production instead of being rebuilt.']],
      cs: [['GitHub Actions workflow matrix', 'backend', 'github-actions ci',
        'the matrix job installs dependencies from scratch on every run',
        r`jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest`, null,
        r`jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        python: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "${"$"}{{ matrix.python }}", cache: pip }
      - run: pip install -r requirements.txt && pytest -q`,
        'setup-python can cache pip downloads keyed on the requirements file, and fail-fast: false shows every failing version.', 'yaml']],
      metric: null, models: [] },
    { n: 'infrastructure monitoring and alerting', w: 0.8, kg: 0.1, task: 'ts', cats: { py: 1, web: 0.6, data: 0.8, db: 0.3 },
      v: { df: 'metrics', id: 'host', ts: 'timestamp', y: 'cpu_pct', cat: 'service', label: 'incident', text: 'alert_name', file: 'metrics.csv', table: 'metrics', noun: 'metrics', model: 'Metric', path: '/metrics' },
      intro: ['service-level alerting for about 200 hosts', 'better alerts for our platform team, who are drowning in pages'],
      data: 'Prometheus scrapes every service every 15 seconds; we export latency histograms and error counters.',
      k: [['SLOs and error budgets', 'An SLO sets the target success rate, and the error budget is how much failure is allowed before work stops.'],
        ['alert fatigue', 'When most pages are not actionable, people start ignoring all of them.']],
      ds: [['deriving alert thresholds from SLOs', 'Alerts fire on the burn rate of the error budget over a short and a long window.'],
        ['aggregating latency with histograms', 'Quantiles are computed from histogram buckets summed across instances, not averaged per instance.']],
      cs: [['Prometheus client metrics', 'backend', 'prometheus monitoring',
        'my latency metric has a label per user id and Prometheus runs out of memory',
        r`LATENCY = Summary("request_latency", "latency", ["path", "user_id"])`, null,
        r`LATENCY = Histogram("http_request_duration_seconds", "Request latency",
                    ["route", "method"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5))
with LATENCY.labels(route="$(path)", method="GET").time():
    handle()`,
        'Every label value creates a series, so never use unbounded labels like user ids. Histograms aggregate across instances, summaries do not.']],
      metric: ['alert precision', 0.6, 0.9, 2, 'higher'], models: ['burn-rate rules'],
      rel: ['web server log analysis'] },
    { n: 'URL shortener service', w: 0.5, kg: 0,
      v: { df: 'links', id: 'code', ts: 'created_at', y: 'clicks', cat: 'owner', label: 'expired', text: 'target_url', file: 'links.csv', table: 'links', noun: 'links', model: 'Link', path: '/{code}' },
      intro: ['a small URL shortener for marketing campaigns', 'an internal link shortener with click statistics'],
      data: 'Links are stored in PostgreSQL and redirects are served by a FastAPI app behind a CDN.',
      k: [['hash collisions in short codes', 'Short codes from truncated hashes collide much earlier than intuition suggests, by the birthday bound.']],
      ds: [['generating short codes with base62 encoding', 'A sequence number is encoded in base62, optionally scrambled, to get short unique codes.']],
      metric: null, models: [] },
  ],
};
