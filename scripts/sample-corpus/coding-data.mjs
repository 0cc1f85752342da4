// General coding skills for data work (pandas, numpy, plotting) and classic machine learning.
// Entry: [name, category, tags, issue, tried, output | null, fix, explanation, language?]
// $(var) placeholders are filled from the scenario's variables (see generate.mjs).
const r = String.raw;

export const DATA_SKILLS = [
  ['pandas groupby aggregation', 'data', 'pandas',
    'the grouped result loses my key columns and the totals end up hidden in the index',
    r`out = $(df).groupby(["$(id)", "$(cat)"])["$(y)"].sum()
out.to_csv("summary.csv")`, null,
    r`out = ($(df)
       .groupby(["$(id)", "$(cat)"], as_index=False)
       .agg(total=("$(y)", "sum"), mean=("$(y)", "mean"), n=("$(y)", "size")))`,
    'Use named aggregation with as_index=False: the keys stay ordinary columns and every output column gets an explicit name, so nothing ends up in a MultiIndex.'],
  ['pandas datetime parsing with to_datetime', 'data', 'pandas datetime',
    'to_datetime swaps day and month on some rows without any error',
    r`$(df)["$(ts)"] = pd.to_datetime($(df)["$(ts)"])
print($(df)["$(ts)"].dt.month.value_counts().sort_index())`,
    'UserWarning: Could not infer format, so each element will be parsed individually, falling back to `dateutil`.',
    r`$(df)["$(ts)"] = pd.to_datetime($(df)["$(ts)"], format="%d/%m/%Y %H:%M", errors="coerce")
bad = $(df)["$(ts)"].isna()
print(f"{bad.sum()} rows could not be parsed")`,
    'Pass an explicit format so every row is parsed the same way, and errors="coerce" so rows that do not match become NaT and can be inspected instead of being guessed.'],
  ['pandas merge on multiple keys', 'data', 'pandas',
    'the merge multiplies my rows instead of just adding columns',
    r`merged = $(df).merge(ref, on="$(id)")
print(len($(df)), len(merged))`, '120000 486311',
    r`merged = $(df).merge(ref, on=["$(id)", "$(cat)"], how="left", validate="many_to_one")
assert len(merged) == len($(df))`,
    'The right-hand table is not unique on the key you join on, so every match is duplicated. Join on the full key and pass validate="many_to_one" so pandas raises MergeError as soon as the lookup has duplicates.'],
  ['pandas shift for lag features', 'data', 'pandas time-series',
    'my lag columns pick up values from a different $(id)',
    r`$(df)["lag_1"] = $(df)["$(y)"].shift(1)
$(df)["lag_7"] = $(df)["$(y)"].shift(7)`, null,
    r`$(df) = $(df).sort_values(["$(id)", "$(ts)"])
g = $(df).groupby("$(id)")["$(y)"]
for k in (1, 7, 28):
    $(df)[f"lag_{k}"] = g.shift(k)`,
    'shift on the whole column moves values across group boundaries. Sort by key and time, then shift inside a groupby so each series only sees its own past.'],
  ['numpy vectorized operations', 'data', 'numpy pandas',
    'my row-by-row loop takes minutes on a few million rows',
    r`scores = []
for _, row in $(df).iterrows():
    scores.append((row["$(y)"] - mean) / std)
$(df)["z"] = scores`, null,
    r`vals = $(df)["$(y)"].to_numpy(dtype=float)
$(df)["z"] = (vals - vals.mean()) / vals.std()
$(df)["flag"] = np.where(np.abs($(df)["z"]) > 3, 1, 0)`,
    'iterrows builds a Series for every row. Work on whole numpy arrays instead and the same computation runs in milliseconds.'],
  ['handling missing values with fillna and interpolate', 'data', 'pandas missing-data',
    'filling the gaps with zero drags all my averages down',
    r`$(df)["$(y)"] = $(df)["$(y)"].fillna(0)`, null,
    r`$(df) = $(df).sort_values(["$(id)", "$(ts)"])
$(df)["$(y)"] = ($(df).groupby("$(id)")["$(y)"]
                .transform(lambda s: s.interpolate(limit=3).ffill()))`,
    'A zero is a real value, not a gap. Interpolate within each series in time order and cap the fill with limit= so long outages stay missing and visible.'],
  ['pandas rolling window statistics', 'data', 'pandas time-series',
    'the rolling mean leaks values from one $(id) into the next one',
    r`$(df)["roll_7"] = $(df)["$(y)"].rolling(7).mean()`, null,
    r`$(df) = $(df).sort_values(["$(id)", "$(ts)"])
$(df)["roll_7"] = ($(df).groupby("$(id)")["$(y)"]
                 .transform(lambda s: s.shift(1).rolling(7, min_periods=3).mean()))`,
    'A rolling window over the whole frame crosses group boundaries. Group first and use transform, and shift by one so the window only contains past values.'],
  ['pandas resample for time series', 'data', 'pandas time-series',
    'resample complains about the index even though I have a timestamp column',
    r`daily = $(df).resample("D").sum()`,
    "TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'",
    r`daily = ($(df).set_index("$(ts)")
         .groupby("$(id)")["$(y)"]
         .resample("D").sum()
         .reset_index())`,
    'resample works on the index, so set the timestamp as the index first (or pass on="$(ts)"), and resample inside a groupby so each series is binned separately.'],
  ['matplotlib subplots and date axis formatting', 'data', 'matplotlib',
    'the dates on the x-axis overlap into an unreadable black bar',
    r`plt.plot($(df)["$(ts)"], $(df)["$(y)"])
plt.xticks($(df)["$(ts)"])
plt.show()`, null,
    r`import matplotlib.dates as mdates
fig, ax = plt.subplots(figsize=(10, 4))
ax.plot($(df)["$(ts)"], $(df)["$(y)"], lw=1)
ax.xaxis.set_major_locator(mdates.MonthLocator())
ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
fig.autofmt_xdate()`,
    'Do not put one tick per row. Let a date locator choose the ticks and a formatter label them; autofmt_xdate rotates the labels so they fit.'],
  ['pandas boolean masks and query', 'data', 'pandas',
    'combining two filter conditions raises an ambiguous truth value error',
    r`subset = $(df)[$(df)["$(y)"] > 0 and $(df)["$(cat)"] == "A"]`,
    'ValueError: The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().',
    r`subset = $(df)[($(df)["$(y)"] > 0) & ($(df)["$(cat)"] == "A")]
# or, more readable for long filters
subset = $(df).query("$(y) > 0 and $(cat) == 'A'")`,
    'Python and/or need a single boolean. Use the element-wise & and | operators with parentheses around each comparison, or query().'],
  ['pandas pivot_table reshaping', 'data', 'pandas',
    'pivot fails with a duplicate entries error',
    r`wide = $(df).pivot(index="$(id)", columns="$(cat)", values="$(y)")`,
    'ValueError: Index contains duplicate entries, cannot reshape',
    r`wide = $(df).pivot_table(index="$(id)", columns="$(cat)", values="$(y)",
                        aggfunc="sum", fill_value=0)`,
    'pivot needs exactly one value per cell. pivot_table aggregates the duplicates with aggfunc and fills empty cells.'],
  ['reading large CSV files in chunks', 'data', 'pandas csv',
    'read_csv runs out of memory on the full export',
    r`$(df) = pd.read_csv("$(file)")`,
    'MemoryError: Unable to allocate 3.1 GiB for an array with shape (9, 46210000) and data type object',
    r`parts = []
for chunk in pd.read_csv("$(file)", chunksize=500_000,
                         usecols=["$(id)", "$(ts)", "$(y)"], dtype={"$(id)": "string"}):
    parts.append(chunk.groupby("$(id)")["$(y)"].sum())
totals = pd.concat(parts).groupby(level=0).sum()`,
    'Read only the columns you need, in chunks, and reduce each chunk before concatenating; partial sums combine exactly.'],
  ['pandas SettingWithCopyWarning fixes', 'data', 'pandas',
    'assigning a column on a filtered frame warns and sometimes does nothing',
    r`recent = $(df)[$(df)["$(ts)"] >= "2023-01-01"]
recent["$(y)_scaled"] = recent["$(y)"] / 100`,
    'SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead',
    r`recent = $(df).loc[$(df)["$(ts)"] >= "2023-01-01"].copy()
recent["$(y)_scaled"] = recent["$(y)"] / 100`,
    'The filtered frame may be a view of the original. Take an explicit .copy() when you want an independent frame, or assign through .loc on the original.'],
  ['pandas vectorized string methods', 'data', 'pandas string',
    'apply with str.lower crashes on missing values',
    r`$(df)["$(text)"] = $(df)["$(text)"].apply(lambda s: s.lower().strip())`,
    "AttributeError: 'float' object has no attribute 'lower'",
    r`$(df)["$(text)"] = ($(df)["$(text)"].astype("string")
                   .str.lower().str.strip()
                   .str.replace(r"\s+", " ", regex=True))`,
    'Missing values are float NaN, which has no .lower(). The .str accessor skips missing values and runs vectorized.'],
  ['seaborn heatmap for correlation matrices', 'data', 'seaborn matplotlib',
    'corr() fails on my frame since upgrading pandas',
    r`sns.heatmap($(df).corr())`, "ValueError: could not convert string to float: 'B'",
    r`corr = $(df).select_dtypes("number").corr(method="spearman")
mask = np.triu(np.ones_like(corr, dtype=bool))
sns.heatmap(corr, mask=mask, annot=True, fmt=".2f", cmap="vlag", center=0)`,
    'Since pandas 2.0 corr() no longer drops non-numeric columns silently, so select the numeric ones yourself. Spearman is also more robust to skewed columns.'],
  ['numpy broadcasting with keepdims', 'data', 'numpy',
    'subtracting the row means raises a broadcasting error',
    r`X = $(df)[cols].to_numpy()
centered = X - X.mean(axis=1)`,
    'ValueError: operands could not be broadcast together with shapes (5000,12) (5000,)',
    r`X = $(df)[cols].to_numpy(dtype=float)
centered = X - X.mean(axis=1, keepdims=True)  # shape (5000, 1) broadcasts over columns`,
    'Broadcasting aligns shapes from the right, so (5000,) is matched against the 12 columns. keepdims=True keeps the reduced axis with size 1.'],
  ['pandas categorical dtype to reduce memory', 'data', 'pandas performance',
    'the frame takes several GB because of repeated string columns',
    r`print($(df).memory_usage(deep=True).sum() / 1e9)`, '4.72',
    r`for col in ["$(cat)", "$(id)"]:
    $(df)[col] = $(df)[col].astype("category")
print($(df).memory_usage(deep=True).sum() / 1e9)`,
    'Low-cardinality string columns stored as category keep one copy of each value plus small integer codes. Pass observed=True when you group on them.'],
  ['pandas melt from wide to long', 'data', 'pandas',
    'I have one column per month and need a long table for modelling',
    r`rows = []
for col in month_cols:
    for _, rec in wide.iterrows():
        rows.append((rec["$(id)"], col, rec[col]))`, null,
    r`long = wide.melt(id_vars=["$(id)"], value_vars=month_cols,
                 var_name="month", value_name="$(y)")
long["month"] = pd.to_datetime(long["month"], format="%Y-%m")`,
    'melt does the unpivot in one call; convert the former column names to real dates afterwards.'],
  ['read_csv na_values for "N/A" strings', 'data', 'pandas csv',
    'a numeric column is read as object because of placeholder strings',
    r`$(df) = pd.read_csv("$(file)")
print($(df)["$(y)"].dtype)`, 'object',
    r`$(df) = pd.read_csv("$(file)", na_values=["N/A", "n/a", "-", "?"])
$(df)["$(y)"] = pd.to_numeric($(df)["$(y)"], errors="coerce")`,
    'Tell read_csv which placeholder strings mean missing; anything else that is odd can be forced with to_numeric(errors="coerce") and counted.'],
  ['flattening MultiIndex columns after agg', 'data', 'pandas',
    'after agg with several functions I get tuple column names that break merge and to_csv',
    r`stats = $(df).groupby("$(id)").agg({"$(y)": ["mean", "max", "std"]})
print(stats.columns[:3])`,
    "MultiIndex([('$(y)', 'mean'), ('$(y)', 'max'), ('$(y)', 'std')])",
    r`stats = $(df).groupby("$(id)").agg({"$(y)": ["mean", "max", "std"]})
stats.columns = ["_".join(c) for c in stats.columns]
stats = stats.reset_index()`,
    'Join the two levels into flat names and reset the index; or use named aggregation so the columns are flat from the start.'],
  ['plotly express interactive charts', 'data', 'plotly',
    'the plotly figure renders as an empty cell in my notebook',
    r`fig = px.line($(df), x="$(ts)", y="$(y)", color="$(cat)")
fig.show()`, null,
    r`import plotly.io as pio
pio.renderers.default = "notebook_connected"
fig = px.line($(df), x="$(ts)", y="$(y)", color="$(cat)", render_mode="webgl")
fig.show()`,
    'The default renderer depends on the environment; set it explicitly, and use webgl for long series.'],
  ['pandas to_parquet with pyarrow', 'data', 'pandas parquet',
    'saving to parquet fails on a column with mixed types',
    r`$(df).to_parquet("clean.parquet")`,
    "pyarrow.lib.ArrowTypeError: (\"Expected bytes, got a 'int' object\", 'Conversion failed for column $(cat) with type object')",
    r`$(df)["$(cat)"] = $(df)["$(cat)"].astype("string")
$(df).to_parquet("clean.parquet", engine="pyarrow", index=False)`,
    'Parquet columns have one type. Cast mixed object columns to a single dtype before writing.'],
];

export const ML_SKILLS = [
  ['scikit-learn Pipeline with ColumnTransformer', 'ml', 'scikit-learn',
    'the model fails on string columns and I am not sure where the encoding should happen',
    r`model = GradientBoostingClassifier()
model.fit(X_train, y_train)`, "ValueError: could not convert string to float: 'B'",
    r`pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
pipe = Pipeline([("pre", pre), ("model", GradientBoostingClassifier())])
pipe.fit(X_train, y_train)`,
    'Put the preprocessing inside a Pipeline: imputation, scaling and encoding are then learned from the training folds only and applied identically at prediction time.'],
  ['train_test_split with stratify', 'ml', 'scikit-learn',
    'my test set ends up with almost no positive $(label) cases',
    r`X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2)
print(y_te.mean())`, '0.0009',
    r`X_tr, X_te, y_tr, y_te = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42)
print(y.mean(), y_tr.mean(), y_te.mean())`,
    'With a rare label a random split can leave the test set nearly empty of positives. stratify=y keeps the class ratio identical in both parts.'],
  ['cross_val_score with custom scoring', 'ml', 'scikit-learn',
    'cross-validation reports 99% accuracy but the model is useless',
    r`scores = cross_val_score(model, X, y, cv=5)
print(scores.mean())`, '0.9987',
    r`cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(model, X, y, cv=cv, scoring="average_precision")
print(f"{scores.mean():.3f} ± {scores.std():.3f}")`,
    'The default scorer for classifiers is accuracy, which a model predicting only the majority class already maximizes. Pick a scorer that reflects the task.'],
  ['GridSearchCV hyperparameter tuning', 'ml', 'scikit-learn',
    'GridSearchCV rejects my parameter names when the model sits inside a pipeline',
    r`grid = GridSearchCV(pipe, {"max_depth": [3, 5, 8]}, cv=5)
grid.fit(X_train, y_train)`,
    "ValueError: Invalid parameter 'max_depth' for estimator Pipeline(steps=[('pre', ...), ('model', ...)]). Valid parameters are: ['memory', 'steps', 'verbose'].",
    r`param_grid = {"model__max_depth": [3, 5, 8], "model__learning_rate": [0.03, 0.1]}
grid = GridSearchCV(pipe, param_grid, cv=5, scoring="roc_auc", n_jobs=-1)
grid.fit(X_train, y_train)
print(grid.best_params_, round(grid.best_score_, 4))`,
    'Parameters of a pipeline step are addressed as <step name>__<parameter>.'],
  ['LightGBM early stopping callbacks', 'ml', 'lightgbm',
    'fit no longer accepts early_stopping_rounds',
    r`model = lgb.LGBMRegressor(n_estimators=5000)
model.fit(X_tr, y_tr, eval_set=[(X_va, y_va)], early_stopping_rounds=100)`,
    "TypeError: fit() got an unexpected keyword argument 'early_stopping_rounds'",
    r`model = lgb.LGBMRegressor(n_estimators=5000, learning_rate=0.03)
model.fit(X_tr, y_tr, eval_set=[(X_va, y_va)],
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print(model.best_iteration_)`,
    'Since LightGBM 4.0 early stopping is configured with callbacks.'],
  ['SHAP values for tree models', 'ml', 'shap',
    'TreeExplainer refuses my fitted pipeline',
    r`explainer = shap.TreeExplainer(pipe)
shap_values = explainer.shap_values(X_test)`,
    "InvalidModelError: Model type not yet supported by TreeExplainer: <class 'sklearn.pipeline.Pipeline'>",
    r`model = pipe.named_steps["model"]
X_enc = pipe.named_steps["pre"].transform(X_test)
explainer = shap.TreeExplainer(model)
shap_values = explainer.shap_values(X_enc)
names = pipe.named_steps["pre"].get_feature_names_out()
shap.summary_plot(shap_values, X_enc, feature_names=names)`,
    'Explain the tree model itself on the already transformed features, and pass the transformed feature names.'],
  ['joblib model persistence', 'ml', 'joblib',
    'loading the saved model in another script fails',
    r`joblib.dump(pipe, "model.joblib")
# later, in serve.py
pipe = joblib.load("model.joblib")`,
    "AttributeError: Can't get attribute 'clean_text' on <module '__main__' from 'serve.py'>",
    r`# features.py holds clean_text and any other custom transformers
from features import clean_text  # imported in both train.py and serve.py
joblib.dump(pipe, "model.joblib", compress=3)`,
    'Pickle stores functions by module path, and functions defined in a notebook or script live in __main__. Move them into an importable module.'],
  ['OneHotEncoder with handle_unknown', 'ml', 'scikit-learn',
    'prediction fails as soon as a new $(cat) value appears',
    r`enc = OneHotEncoder()
enc.fit(train[["$(cat)"]])
enc.transform(new[["$(cat)"]])`,
    "ValueError: Found unknown categories ['X9'] in column 0 during transform",
    r`enc = OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=20,
                    sparse_output=False)
enc.fit(train[["$(cat)"]])`,
    'Production data always brings unseen categories. Let the encoder map them to an infrequent bucket instead of failing.'],
  ['TimeSeriesSplit cross-validation', 'ml', 'scikit-learn time-series',
    'shuffled K-fold gives a score that collapses on the next month of data',
    r`scores = cross_val_score(model, X, y, cv=KFold(5, shuffle=True))`, null,
    r`$(df) = $(df).sort_values("$(ts)")
tscv = TimeSeriesSplit(n_splits=5, gap=7)
for tr, va in tscv.split(X):
    model.fit(X.iloc[tr], y.iloc[tr])
    print(mean_absolute_error(y.iloc[va], model.predict(X.iloc[va])))`,
    'Shuffled folds train on the future and test on the past. TimeSeriesSplit always validates on later data, and gap= leaves a buffer against leakage from lag features.'],
  ['classification_report and confusion matrix', 'ml', 'scikit-learn',
    'I only print accuracy and cannot see which classes fail',
    r`print(accuracy_score(y_test, pred))`, '0.91',
    r`print(classification_report(y_test, pred, digits=3))
ConfusionMatrixDisplay.from_predictions(y_test, pred, normalize="true")`,
    'Per-class precision and recall plus a row-normalized confusion matrix show exactly where the errors are.'],
  ['StandardScaler fit on training data only', 'ml', 'scikit-learn',
    'the score drops on new data even though validation looked fine',
    r`X = StandardScaler().fit_transform(X)
X_tr, X_te, y_tr, y_te = train_test_split(X, y)`, null,
    r`X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
scaler = StandardScaler().fit(X_tr)
X_tr_s, X_te_s = scaler.transform(X_tr), scaler.transform(X_te)`,
    'Fitting the scaler before the split lets test statistics leak into training. Fit on the training part only.'],
  ['permutation importance with scikit-learn', 'ml', 'scikit-learn',
    'feature_importances_ ranks an ID-like column near the top',
    r`imp = pd.Series(model.feature_importances_, index=X.columns).sort_values()`, null,
    r`res = permutation_importance(pipe, X_val, y_val, n_repeats=10,
                             random_state=0, scoring="roc_auc")
imp = pd.Series(res.importances_mean, index=X_val.columns).sort_values(ascending=False)`,
    'Impurity importance favours high-cardinality columns. Permutation importance on held-out data measures what the model really relies on.'],
  ['KMeans clustering with scaled features', 'ml', 'scikit-learn clustering',
    'all my clusters are split on the one column with large values',
    r`km = KMeans(n_clusters=5).fit($(df)[feats])`, null,
    r`X = StandardScaler().fit_transform($(df)[feats])
for k in range(2, 9):
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
    print(k, round(silhouette_score(X, km.labels_), 3))`,
    'KMeans uses Euclidean distance, so unscaled features with large ranges dominate. Scale first and compare several k.'],
];
