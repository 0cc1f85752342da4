// Science/energy and education/HR: scenarios, knowledge, domain skills and domain-flavoured coding skills.
const r = String.raw;

export const SCIENCE = {
  key: 'science', tags: ['science', 'energy'], cats: { data: 1, ml: 0.8, py: 0.6 },
  k: [
    ['physical units and unit conversion', 'Mixing kW with kWh or Kelvin with Celsius silently corrupts every downstream number.'],
    ['measurement uncertainty and error propagation', 'Every instrument reading has an uncertainty that carries into derived quantities.'],
  ],
  ds: [
    ['fitting physical models to measurements', 'A parametric model from physics is fitted to data and its parameters are checked for plausibility.'],
    ['quality-controlling instrument data', 'Range checks, stuck-value checks and spike checks flag bad readings before analysis.'],
    ['scoring forecasts against a climatology baseline', 'A skill score compares forecast error with the error of simply predicting the seasonal average.'],
  ],
  also: {
    'xarray for NetCDF climate data': ['vision'],
    'scipy curve_fit for model fitting': ['iot', 'healthcare'],
  },
  cs: [
    ['scipy curve_fit for model fitting', 'science', 'scipy',
      'curve_fit fails to converge or returns absurd parameters',
      r`params, _ = curve_fit(model, x, y)`,
      'RuntimeError: Optimal parameters not found: Number of calls to function has reached maxfev = 800.',
      r`p0 = [y.max(), 0.1, x.min()]
bounds = ([0, 0, -np.inf], [np.inf, 10, np.inf])
params, cov = curve_fit(model, x, y, p0=p0, bounds=bounds, maxfev=10_000)
perr = np.sqrt(np.diag(cov))  # one-sigma parameter uncertainties`,
      'Nonlinear fits need sensible starting values and bounds; report parameter uncertainties from the covariance.'],
    ['statsmodels seasonal decomposition', 'science', 'statsmodels time-series',
      'seasonal_decompose cannot infer the period of my series',
      r`res = seasonal_decompose($(df)["$(y)"])`,
      'ValueError: You must specify a period or x must be a pandas object with a PeriodIndex or a DatetimeIndex with a freq not set to None',
      r`series = $(df).set_index("$(ts)")["$(y)"].asfreq("h").interpolate(limit=6)
res = STL(series, period=24, robust=True).fit()
anomalies = res.resid.abs() > 3 * res.resid.std()`,
      'Give the series a regular frequency and an explicit period; STL with robust=True is less distorted by outliers.'],
    ['numpy masked arrays for missing readings', 'science', 'numpy',
      'fill values like -9999 ruin my averages',
      r`data = np.loadtxt("$(file)", delimiter=",")
print(data.mean(axis=0))`, null,
      r`data = np.loadtxt("$(file)", delimiter=",")
masked = np.ma.masked_equal(data, -9999)
print(masked.mean(axis=0))  # ignores the fill values
clean = masked.filled(np.nan)`,
      'Sentinel values must be masked before any statistic; masked arrays ignore them in reductions.'],
    ['pint for physical units', 'science', 'pint units',
      'unit mistakes keep creeping into my energy calculations',
      r`energy = power * hours  # power in W or kW? depends on the file`, null,
      r`ureg = pint.UnitRegistry()
power = $(df)["$(y)"].to_numpy() * ureg.kilowatt
energy = (power * 0.25 * ureg.hour).to(ureg.megawatt_hour)`,
      'Attach units to quantities so conversions are explicit and incompatible units raise an error.'],
  ],
  sc: [
    { n: 'solar power output forecasting', w: 1.5, kg: 0.8, task: 'ts',
      v: { df: 'pv', id: 'plant_id', ts: 'timestamp', y: 'ac_power_kw', cat: 'inverter', label: 'curtailed', text: 'site', file: 'pv_output.csv', table: 'pv_output', noun: 'readings' },
      intro: ['day-ahead forecasts for a 5 MW solar park', 'short-term PV output forecasts used for grid balancing'],
      data: 'There are two years of 15-minute inverter output plus irradiance and temperature from an on-site weather station.',
      k: [['irradiance components GHI, DNI and DHI', 'Global horizontal irradiance is the sum of direct and diffuse parts, and panels see them differently.'],
        ['clear-sky models', 'A clear-sky model predicts irradiance without clouds for a location and time.']],
      ds: [['normalizing output by clear-sky irradiance', 'The clear-sky index removes the daily and seasonal solar cycle so the model learns cloud effects.']],
      cs: [['pvlib solar position calculations', 'science', 'pvlib',
        'the clear-sky curve is shifted by two hours against my measurements',
        r`times = pd.date_range("2024-06-01", periods=96, freq="15min")
cs = location.get_clearsky(times)`, null,
        r`location = Location(lat, lon, tz="Europe/Madrid", altitude=650)
times = pd.date_range("2024-06-01", periods=96, freq="15min", tz="Europe/Madrid")
cs = location.get_clearsky(times, model="ineichen")
solpos = location.get_solarposition(times)`,
        'Naive timestamps are read as UTC. Build the index with the site time zone so the solar position matches local time.']],
      metric: ['nRMSE', 0.18, 0.31, 3, 'lower'], models: ['LightGBM', 'persistence baseline'],
      rel: ['electricity load forecasting'] },
    { n: 'electricity load forecasting', w: 1.8, kg: 0.7, task: 'ts',
      v: { df: 'load', id: 'zone', ts: 'timestamp', y: 'load_mw', cat: 'day_type', label: 'peak', text: 'zone_name', file: 'load.csv', table: 'hourly_load', noun: 'hourly values' },
      intro: ['day-ahead electricity load forecasts for a regional grid operator', 'hourly demand forecasts for a utility'],
      data: 'There are six years of hourly load for eight zones with temperature forecasts from three weather stations.',
      k: [['temperature dependence of electricity load', 'Load rises in both cold and hot weather, giving a U-shaped curve against temperature.'],
        ['daylight saving time gaps in hourly data', 'One spring hour does not exist and one autumn hour occurs twice in local time.'],
        ['seasonality in time series', 'Daily, weekly and yearly cycles overlap and each has to be represented.']],
      ds: [['building calendar and holiday features', 'Hour, weekday, holidays and bridge days are encoded as features.'],
        ['forecasting with quantile losses', 'Several quantiles are predicted to give an uncertainty band, evaluated with pinball loss.']],
      metric: ['MAPE', 0.021, 0.045, 3, 'lower'], models: ['LightGBM', 'SARIMAX'],
      rel: ['smart home energy monitoring', 'solar power output forecasting'] },
    { n: 'climate data analysis', w: 1.2, kg: 0.6, task: 'etl',
      v: { df: 'ds', id: 'station_id', ts: 'time', y: 'tas', cat: 'region', label: 'extreme', text: 'station_name', file: 'tas_monthly.nc', table: 'observations', noun: 'grid cells' },
      intro: ['an analysis of warming trends from reanalysis data', 'regional temperature anomaly maps for a climate report'],
      data: 'The data is monthly near-surface temperature on a 0.25 degree grid from 1950 to today, in NetCDF files.',
      k: [['temperature anomalies relative to a baseline', 'Anomalies are deviations from a reference period such as 1991-2020, which removes the seasonal cycle.'],
        ['gridded reanalysis datasets', 'Reanalyses combine observations with a weather model to give complete gridded fields.']],
      ds: [['computing area-weighted global means', 'Grid cells shrink towards the poles, so averages are weighted by the cosine of latitude.'],
        ['detrending climate time series', 'A linear trend is removed before studying variability such as El Niño.']],
      cs: [['xarray for NetCDF climate data', 'science', 'xarray netcdf',
        'the global mean from xarray is too cold compared with published values',
        r`ds = xr.open_dataset("$(file)")
gmean = ds["tas"].mean(dim=["lat", "lon"])`, null,
        r`ds = xr.open_mfdataset("tas_*.nc", combine="by_coords", chunks={"time": 120})
weights = np.cos(np.deg2rad(ds.lat))
gmean = ds["tas"].weighted(weights).mean(dim=["lat", "lon"])
anom = gmean.groupby("time.month") - gmean.sel(time=slice("1991", "2020")).groupby("time.month").mean()`,
        'An unweighted mean overcounts the small polar cells. Weight by cos(latitude) and compute anomalies per calendar month.']],
      metric: ['trend in K per decade', 0.16, 0.31, 2, 'higher'], models: ['linear trend'],
      rel: ['satellite image classification'] },
    { n: 'genomics variant filtering', w: 0.7, kg: 0.3, task: 'etl',
      v: { df: 'variants', id: 'variant_id', ts: 'run_date', y: 'qual', cat: 'chrom', label: 'pass_filter', text: 'gene', file: 'calls.vcf.gz', table: 'variants', noun: 'variants' },
      intro: ['a variant filtering step in a small sequencing pipeline', 'quality filtering of exome variant calls for a research lab'],
      data: 'Each sample produces a VCF with about 80,000 variant calls.',
      k: [['VCF format and genotype fields', 'A VCF row holds position, alleles, quality and per-sample genotype fields such as GT, DP and GQ.'],
        ['read depth and variant quality scores', 'Calls supported by few reads or with low genotype quality are often artefacts.']],
      ds: [['filtering variants by quality thresholds', 'Calls are kept only above thresholds on depth, genotype quality and allele balance.']],
      cs: [['pysam VCF reading', 'science', 'pysam bioinformatics',
        'reading the VCF with pandas breaks on the header lines',
        r`variants = pd.read_csv("$(file)", sep="\t", comment="#")`, null,
        r`vcf = pysam.VariantFile("$(file)")
kept = [rec for rec in vcf.fetch("chr1")
        if rec.qual and rec.qual >= 30 and rec.samples[0]["DP"] >= 10]`,
        'VCFs have structured headers and per-sample fields; pysam parses them and supports indexed region queries.']],
      metric: ['Ti/Tv ratio', 2.0, 2.3, 2, 'higher'], models: ['hard filters'] },
    { n: 'molecular property prediction', w: 0.8, kg: 0.9, task: 'reg',
      v: { df: 'mols', id: 'mol_id', ts: 'assay_date', y: 'logS', cat: 'series', label: 'active', text: 'smiles', file: 'solubility.csv', table: 'compounds', noun: 'molecules' },
      intro: ['a solubility model for drug-like molecules', 'property prediction for a small-molecule screening library'],
      data: 'There are about 9,000 molecules as SMILES strings with measured aqueous solubility.',
      k: [['SMILES notation for molecules', 'SMILES encodes a molecule as a string; one molecule can have many valid SMILES.'],
        ['scaffold splits for molecular data', 'Random splits put near-identical molecules in train and test, so scaffold splits give honest estimates.']],
      ds: [['computing molecular fingerprints', 'Morgan fingerprints encode the local neighbourhoods of each atom as a bit vector.']],
      cs: [['RDKit descriptors and fingerprints', 'science', 'rdkit chemistry',
        'MolFromSmiles returns None for some rows and the script crashes later',
        r`mols = [Chem.MolFromSmiles(s) for s in $(df)["$(text)"]]
fps = [AllChem.GetMorganFingerprintAsBitVect(m, 2) for m in mols]`,
        "ArgumentError: Python argument types in\n    rdkit.Chem.rdMolDescriptors.GetMorganFingerprintAsBitVect(NoneType, int)\ndid not match C++ signature",
        r`gen = rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=2048)
mols = [Chem.MolFromSmiles(s) for s in $(df)["$(text)"]]
ok = [m is not None for m in mols]
X = np.array([gen.GetFingerprintAsNumPy(m) for m in mols if m is not None])`,
        'Invalid SMILES give None; filter them out and report them. The fingerprint generator API replaces the deprecated functions.']],
      metric: ['RMSE in log units', 0.62, 0.95, 3, 'lower'], models: ['random forest', 'LightGBM'] },
    { n: 'air quality monitoring', w: 1, kg: 0.6, task: 'ts',
      v: { df: 'aq', id: 'sensor_id', ts: 'timestamp', y: 'pm25', cat: 'district', label: 'exceedance', text: 'site_name', file: 'air_quality.csv', table: 'aq_readings', noun: 'readings' },
      intro: ['a city network of low-cost air quality sensors', 'daily PM2.5 reports for a school district'],
      data: 'There are 60 low-cost sensors reporting PM2.5, temperature and humidity every two minutes, and two reference stations.',
      k: [['PM2.5 air quality index breakpoints', 'Concentrations are mapped to index categories with piecewise linear breakpoints.'],
        ['humidity bias of low-cost sensors', 'Optical sensors overestimate PM2.5 at high humidity because particles absorb water.']],
      ds: [['calibrating low-cost sensors against reference stations', 'Co-located readings are used to fit a correction with humidity as a covariate.']],
      metric: ['MAE in µg/m³', 2.1, 4.8, 2, 'lower'], models: ['linear calibration', 'LightGBM'],
      rel: ['sensor anomaly detection in manufacturing'] },
  ],
};

export const EDU = {
  key: 'edu', tags: ['education', 'hr'], cats: { data: 1, ml: 0.8, py: 0.6, db: 0.5 },
  k: [
    ['fairness and protected attributes', 'Gender, age and ethnicity must not drive decisions, even indirectly through proxies.'],
    ['small-sample noise in group statistics', 'Small classes or teams swing widely from year to year, so their rates need shrinkage.'],
  ],
  ds: [
    ['auditing models for group fairness', 'Error rates and selection rates are compared across groups.'],
    ['building features from activity logs', 'Logins, submissions and time on task are aggregated per person and week.'],
    ['interpreting logistic regression coefficients', 'Coefficients are read as log-odds changes, and exponentiated as odds ratios for stakeholders.'],
  ],
  also: {
    'lifelines Cox proportional hazards': ['healthcare'],
    'pandas crosstab with normalize': ['healthcare', 'retail'],
  },
  cs: [
    ['pandas crosstab with normalize', 'edu', 'pandas',
      'my crosstab shows counts but I need the rate within each group',
      r`pd.crosstab($(df)["$(cat)"], $(df)["$(label)"])`, null,
      r`rates = pd.crosstab($(df)["$(cat)"], $(df)["$(label)"], normalize="index", margins=True)
counts = pd.crosstab($(df)["$(cat)"], $(df)["$(label)"], margins=True)`,
      'normalize="index" gives shares within each row; show the counts next to the rates so small groups are visible.'],
    ['scikit-learn LogisticRegression with class_weight', 'edu', 'scikit-learn',
      'logistic regression never predicts the minority class and warns about convergence',
      r`clf = LogisticRegression().fit(X, y)`,
      'ConvergenceWarning: lbfgs failed to converge (status=1):\nSTOP: TOTAL NO. of ITERATIONS REACHED LIMIT.',
      r`clf = make_pipeline(StandardScaler(),
                    LogisticRegression(class_weight="balanced", C=0.5, max_iter=2000))
clf.fit(X_tr, y_tr)
odds = np.exp(clf[-1].coef_[0])`,
      'Scale the features so the solver converges, and weight the classes so the minority class matters.'],
    ['lifelines Cox proportional hazards', 'edu', 'lifelines survival',
      'CoxPHFitter fails with a convergence error on my data',
      r`cph = CoxPHFitter().fit($(df), duration_col="tenure_months", event_col="$(label)")`,
      'ConvergenceError: Convergence halted due to matrix inversion problems. Suspicion is high collinearity.',
      r`X = pd.get_dummies($(df)[cols], drop_first=True, dtype=float)
cph = CoxPHFitter(penalizer=0.1)
cph.fit(X.assign(T=$(df)["tenure_months"], E=$(df)["$(label)"]), duration_col="T", event_col="E")
cph.check_assumptions(X, p_value_threshold=0.01)`,
      'One-hot encode with drop_first to avoid collinearity, add a small penalizer, and check the proportional hazards assumption.'],
  ],
  sc: [
    { n: 'student performance prediction', w: 1.8, kg: 0.8, task: 'clf',
      v: { df: 'students', id: 'student_id', ts: 'week_start', y: 'score', cat: 'course', label: 'failed', text: 'module', file: 'student_activity.csv', table: 'enrolments', noun: 'students' },
      intro: ['an early-warning model for students at risk of failing a course', 'a dashboard that helps tutors spot struggling students'],
      data: 'We have weekly learning platform activity, assignment scores and final results for 30,000 enrolments.',
      k: [['early warning indicators for dropout', 'Missed first assignments and falling activity in the first weeks are the strongest dropout signals.'],
        ['prior attainment as a confounder', 'Prior grades drive both engagement and results, which complicates causal readings.']],
      ds: [['predicting at-risk students early in the term', 'Models are trained on data available by week four so tutors still have time to act.']],
      metric: ['recall at 20% flagged', 0.52, 0.71, 3, 'higher'], models: ['logistic regression', 'LightGBM'],
      rel: ['online course recommendation'] },
    { n: 'employee attrition analysis', w: 1.8, kg: 0.9, task: 'clf',
      v: { df: 'employees', id: 'employee_id', ts: 'hire_date', y: 'monthly_income', cat: 'department', label: 'attrition', text: 'job_role', file: 'hr_data.csv', table: 'employees', noun: 'employees' },
      intro: ['an attrition analysis for the HR team of a 4,000-person company', 'a model that estimates which employees are likely to resign'],
      data: 'The HR extract has one row per employee with role, department, salary, tenure, overtime and survey scores.',
      k: [['voluntary versus involuntary turnover', 'Resignations and dismissals have different causes and must be modelled separately.'],
        ['tenure and promotion history', 'Time since the last promotion and salary position in the band predict resignations.']],
      ds: [['modelling time to attrition with survival models', 'Survival models use current employees as censored observations instead of dropping them.']],
      metric: ['ROC-AUC', 0.76, 0.86, 3, 'higher'], models: ['logistic regression', 'random forest'],
      rel: ['resume screening and parsing'] },
    { n: 'resume screening and parsing', w: 1, kg: 0.2, task: 'text', borrow: ['nlp'],
      v: { df: 'resumes', id: 'candidate_id', ts: 'applied_at', y: 'years_experience', cat: 'job_family', label: 'shortlisted', text: 'resume_text', file: 'resumes.csv', table: 'applications', noun: 'resumes' },
      intro: ['a resume parser for a recruiting team', 'structured candidate profiles from PDF resumes'],
      data: 'We receive around 2,000 PDF resumes a month in many layouts and two languages.',
      k: [['resume section conventions', 'Most resumes have experience, education and skills sections, but headings and order vary.'],
        ['bias in historical hiring data', 'Past hiring decisions encode past biases, so they are a problematic training target.']],
      ds: [['extracting skills and job titles from resumes', 'Skills and titles are matched against a taxonomy after normalizing spelling variants.'],
        ['matching candidates to job requirements', 'Candidate skills are compared with required skills and weighted by importance.']],
      cs: [['pdfplumber text extraction', 'edu', 'pdfplumber pdf',
        'text from two-column resumes comes out with the columns interleaved',
        r`with pdfplumber.open(path) as pdf:
    text = "\n".join(p.extract_text() for p in pdf.pages)`, null,
        r`with pdfplumber.open(path) as pdf:
    parts = []
    for page in pdf.pages:
        mid = page.width / 2
        for box in ((0, 0, mid, page.height), (mid, 0, page.width, page.height)):
            parts.append(page.crop(box).extract_text() or "")
text = "\n".join(parts)`,
        'extract_text reads lines across the whole page width. Crop each column and extract separately; extract_text can also return None.']],
      metric: ['field-level F1', 0.78, 0.9, 3, 'higher'], models: ['rules plus NER'],
      rel: ['employee attrition analysis'] },
    { n: 'online course recommendation', w: 0.8, kg: 0.5, task: 'rec', borrow: ['retail'],
      v: { df: 'enrolments', id: 'learner_id', ts: 'enrolled_at', y: 'progress', cat: 'topic', label: 'completed', text: 'course_title', file: 'enrolments.csv', table: 'enrolments', noun: 'enrolments' },
      intro: ['course recommendations for a corporate learning platform', 'a "what to learn next" feature for an online academy'],
      data: 'There are 1,400 courses with descriptions and 2 million enrolments with progress and completion.',
      k: [['course prerequisites and learning paths', 'Some courses only make sense after others, so recommendations must respect order.']],
      ds: [['recommending from course descriptions', 'Courses are compared by the text of their descriptions, which works for brand-new courses.']],
      metric: ['recall@10', 0.12, 0.26, 3, 'higher'], models: ['ALS', 'TF-IDF similarity'],
      rel: ['recommendation engine for e-commerce', 'student performance prediction'] },
    { n: 'exam timetable scheduling', w: 0.6, kg: 0.1, task: 'opt',
      v: { df: 'exams', id: 'exam_id', ts: 'slot_start', y: 'n_students', cat: 'room', label: 'scheduled', text: 'course_code', file: 'enrolments.csv', table: 'exam_slots', noun: 'exams' },
      intro: ['an exam timetable generator for a university faculty', 'automatic scheduling of end-of-term exams'],
      data: 'There are 450 exams, 38 rooms, 60 time slots and 9,000 students with their course enrolments.',
      k: [['hard and soft scheduling constraints', 'No student may sit two exams at once (hard); spreading a student’s exams out is preferred (soft).']],
      ds: [['modelling timetabling as constraint programming', 'Exam-slot assignments become boolean variables with constraints and a penalty objective.']],
      cs: [['OR-Tools CP-SAT constraints', 'edu', 'or-tools optimization',
        'the CP-SAT model takes forever and never proves optimality',
        r`solver = cp_model.CpSolver()
status = solver.Solve(model)`, null,
        r`for s in range(n_slots):
    for a, b in conflicts:  # exams sharing at least one student
        model.AddBoolOr([x[a, s].Not(), x[b, s].Not()])
solver = cp_model.CpSolver()
solver.parameters.max_time_in_seconds = 120
solver.parameters.num_workers = 8
status = solver.Solve(model)
print(solver.StatusName(status), solver.ObjectiveValue())`,
        'Set a time limit and workers, accept FEASIBLE solutions, and express conflicts only for exam pairs that share students.']],
      metric: ['soft-constraint penalty', 120, 260, 0, 'lower'], models: ['CP-SAT'] },
  ],
};
