// Small text helpers and the model/metric code used by the document renderers.

// Library and function names keep their spelling at the start of a sentence or heading.
const KEEP_CASE = new Set(['pandas', 'numpy', 'scikit-learn', 'scipy', 'pytest', 'pathlib', 'asyncio', 'functools',
  'itertools', 'collections', 'argparse', 'csv', 'json', 'matplotlib', 'seaborn', 'plotly', 'unittest.mock', 'read_csv',
  'train_test_split', 'cross_val_score', 'f-string', 'paho-mqtt', 'pydicom', 'pvlib', 'pysam', 'xarray', 'geopandas',
  'shapely', 'pyproj', 'folium', 'networkx', 'pint', 'pytesseract', 'rasterio', 'albumentations', 'spaCy', 'gensim',
  'mlxtend', 'lifelines', 'pdfplumber', 'imbalanced-learn', 'statsmodels', 'sentence-transformers', 'unicodedata',
  'struct', 'implicit', 'concurrent.futures', 'dataclasses', 'passlib', 'redis-py', 'qcut', 'pivot', 'resample',
  'pytesseract', 'sjoin', 'apply', 'fit', 'mypy', 'iterrows', 'alembic', 'read_sql', 'pd', 'np']);

export const cap = (s) => {
  const first = s.split(' ')[0];
  return KEEP_CASE.has(first) || /[_.(]/.test(first) ? s : s.charAt(0).toUpperCase() + s.slice(1);
};

/** "a" or "an" before a phrase, by how it is pronounced (good enough for the scenario names). */
export function an(phrase) {
  return /^(?!u[nsr]|url|one|eu)[aeiou]|^(LDA|NMF|LSTM|FP-|MLP|SVM|HTTP|SQL|XGB)/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

export function joinList(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function fence(code, lang = 'python') {
  return `\`\`\`${lang}\n${code.replace(/\s+$/, '')}\n\`\`\``;
}

export function slug(s) {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 70);
}

/** Replaces $(name) placeholders with scenario variables; an unknown name is a bug in the tables. */
export function fill(text, vars) {
  return text.replace(/\$\((\w+)\)/g, (_, name) => {
    if (!(name in vars)) throw new Error(`unknown placeholder $(${name}) in: ${text.slice(0, 60)}`);
    return vars[name];
  });
}

const VERSIONS = {
  pandas: 'pandas 2.2.2', 'scikit-learn': 'scikit-learn 1.4.2', numpy: 'numpy 1.26.4', lightgbm: 'lightgbm 4.3.0',
  xgboost: 'xgboost 2.0.3', pytorch: 'torch 2.3.0', torchvision: 'torchvision 0.18.0', transformers: 'transformers 4.41.2',
  fastapi: 'fastapi 0.111.0', sqlalchemy: 'SQLAlchemy 2.0.30', pydantic: 'pydantic 2.7.1', matplotlib: 'matplotlib 3.8.4',
  geopandas: 'geopandas 0.14.4', spacy: 'spaCy 3.7.4', statsmodels: 'statsmodels 0.14.2', shap: 'shap 0.45.1',
  seaborn: 'seaborn 0.13.2', scipy: 'scipy 1.13.0', redis: 'redis-py 5.0.4', celery: 'celery 5.4.0', prophet: 'prophet 1.1.5',
  xarray: 'xarray 2024.5.0', opencv: 'opencv-python 4.9.0', shapely: 'shapely 2.0.4', 'imbalanced-learn': 'imbalanced-learn 0.12.2',
  lifelines: 'lifelines 0.28.0', gensim: 'gensim 4.3.2', pyproj: 'pyproj 3.6.1', h3: 'h3 4.1.0', rdkit: 'rdkit 2023.9.6',
};

/** Library versions mentioned in a question, taken from the tags of its coding skills. */
export function versionsFor(tags) {
  const out = [];
  for (const t of tags) if (VERSIONS[t] && !out.includes(VERSIONS[t])) out.push(VERSIONS[t]);
  return out.slice(0, 3);
}

const CTOR = {
  clf: {
    LightGBM: 'lgb.LGBMClassifier(n_estimators=1500, learning_rate=0.03, num_leaves=63,\n                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8)',
    XGBoost: 'xgb.XGBClassifier(n_estimators=1200, learning_rate=0.05, max_depth=6, eval_metric="aucpr")',
    'logistic regression': 'make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))',
    'random forest': 'RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=0)',
  },
  reg: {
    LightGBM: 'lgb.LGBMRegressor(n_estimators=3000, learning_rate=0.03, num_leaves=127,\n                          min_child_samples=40, colsample_bytree=0.7)',
    CatBoost: 'CatBoostRegressor(iterations=3000, learning_rate=0.05, depth=8, verbose=500)',
    'ridge regression': 'make_pipeline(StandardScaler(), Ridge(alpha=3.0))',
    'random forest': 'RandomForestRegressor(n_estimators=600, min_samples_leaf=3, n_jobs=-1, random_state=0)',
    'GLM baseline': 'TweedieRegressor(power=1.5, link="log", alpha=0.01, max_iter=1000)',
    'log-log regression': 'make_pipeline(StandardScaler(), LinearRegression())',
  },
};
CTOR.ts = { LightGBM: 'lgb.LGBMRegressor(objective="tweedie", n_estimators=2500, learning_rate=0.03,\n                          num_leaves=63, colsample_bytree=0.8)' };

const GENERIC = {
  ts: (m) => `# ${m}: fit per series and forecast the validation horizon
preds = []
for key, g in train.groupby("$(id)"):
    horizon = (valid["$(id)"] == key).sum()
    preds.append(fit_and_forecast(g.set_index("$(ts)")["$(y)"], horizon))
pred = np.concatenate(preds)`,
  img: (m) => `# ${m}, pretrained weights, new head for our classes
model = build_model("${m}", num_classes=len(class_names), pretrained=True).to(device)
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=1e-3,
                                                total_steps=EPOCHS * len(train_loader))
for epoch in range(EPOCHS):
    train_one_epoch(model, train_loader, optimizer, scheduler, device)
    print(epoch, evaluate(model, val_loader, device))`,
  text: (m) => (m.includes('TF-IDF')
    ? `model = make_pipeline(TfidfVectorizer(min_df=3, ngram_range=(1, 2), sublinear_tf=True),
                      LogisticRegression(max_iter=3000, C=4.0, class_weight="balanced"))
model.fit(train["$(text)"], train["$(label)"])
pred = model.predict(valid["$(text)"])`
    : `# ${m}
model = load_model("${m}", num_labels=len(label_names))
trainer = Trainer(model=model, args=TrainingArguments("out", num_train_epochs=3,
                  learning_rate=3e-5, per_device_train_batch_size=32), train_dataset=train_ds,
                  eval_dataset=valid_ds, compute_metrics=compute_metrics)
trainer.train()`),
  cluster: (m) => `# ${m}
X = StandardScaler().fit_transform(features)
model = fit_${m.toLowerCase().replace(/[^a-z]+/g, '_')}(X, n_components=k)
$(df)["segment"] = model.predict(X)
print($(df).groupby("segment")[profile_cols].median())`,
  rec: (m) => `# ${m}
model = fit_recommender("${m}", train_interactions)
recs = model.recommend_top_k(valid_users, k=10)
print("recall@10:", recall_at_k(recs, valid_interactions, k=10))`,
  anomaly: (m) => `# ${m} trained on a period without incidents
normal = windows[windows["$(ts)"] < "2024-03-01"]
detector = fit_detector("${m}", normal[feature_cols])
windows["score"] = detector.score(windows[feature_cols])
threshold = normal_scores_quantile(detector, normal[feature_cols], q=0.995)`,
  opt: (m) => `# ${m}
problem = build_problem($(df), matrix, capacities)
solution = solve(problem, solver="${m}", time_limit_s=60)
print(solution.status, solution.objective)`,
  etl: (m) => `# ${m}
checks = run_checks($(df))
summary = checks.groupby("check")["failed"].agg(["sum", "mean"])
print(summary.sort_values("sum", ascending=False).head(10))`,
  assoc: (m) => `# ${m}
rules = rules.sort_values(["lift", "confidence"], ascending=False)
print(rules[["antecedents", "consequents", "support", "confidence", "lift"]].head(15))`,
};

/** Training code for the "Model" section of a notebook. */
export function modelCode(task, model) {
  const kind = task === 'clf' ? 'clf' : task === 'reg' ? 'reg' : task === 'ts' ? 'ts' : null;
  const ctor = kind ? CTOR[kind][model] : undefined;
  if (ctor) {
    const target = kind === 'clf' ? '$(label)' : '$(y)';
    const predict = kind === 'clf' ? 'proba = model.predict_proba(valid[features])[:, 1]' : 'pred = model.predict(valid[features])';
    return `features = [c for c in train.columns if c not in ("$(id)", "$(ts)", "$(label)", "$(y)")]
model = ${ctor}
model.fit(train[features], train["${target}"])
${predict}`;
  }
  const gen = GENERIC[task] ?? GENERIC[kind ?? 'etl'] ?? GENERIC.etl;
  return gen(model);
}

const METRIC_CODE = {
  'PR-AUC': 'average_precision_score(valid["$(label)"], proba)',
  'ROC-AUC': 'roc_auc_score(valid["$(label)"], proba)',
  RMSE: 'mean_squared_error(valid["$(y)"], pred) ** 0.5',
  MAE: 'mean_absolute_error(valid["$(y)"], pred)',
  MAPE: 'mean_absolute_percentage_error(valid["$(y)"], pred)',
  WAPE: 'np.abs(valid["$(y)"] - pred).sum() / valid["$(y)"].sum()',
  nRMSE: 'mean_squared_error(valid["$(y)"], pred) ** 0.5 / valid["$(y)"].mean()',
  'RMSE in cycles': 'mean_squared_error(valid["$(y)"], pred) ** 0.5',
  'RMSE on log price': 'mean_squared_error(np.log(valid["$(y)"]), np.log(pred)) ** 0.5',
  'MAE in watts': 'mean_absolute_error(valid["$(y)"], pred)',
};

/** A metric line for the notebook, or null when the metric is not a one-liner. */
export function metricCode(name) {
  return METRIC_CODE[name] ? `score = ${METRIC_CODE[name]}\nprint(f"${name}: {score:.4f}")` : null;
}
