// Finance and retail/e-commerce: scenarios, knowledge, domain skills and domain-flavoured coding skills.
const r = String.raw;

export const FINANCE = {
  key: 'finance', tags: ['finance'], cats: { data: 1, ml: 1, py: 0.5, db: 0.4 },
  k: [
    ['transaction velocity as a risk signal', 'How many transactions an account makes in a short window is one of the strongest risk signals.'],
    ['regulatory explainability for credit decisions', 'Regulators expect every declined applicant to receive reasons, so each decision has to be explainable.'],
    ["Benford's law in accounting data", "Leading digits of naturally occurring amounts follow Benford's distribution, and fabricated figures often do not."],
    ['simple versus log returns', 'Log returns add up over time while simple returns compound, and mixing them silently breaks aggregates.'],
  ],
  ds: [
    ['backtesting without lookahead bias', 'Every signal must be computed only from data that was available at decision time.'],
    ['computing rolling risk metrics', 'Volatility, drawdown and value at risk are tracked over rolling windows rather than the whole history.'],
    ['engineering account-level aggregate features', 'Per-account counts, sums and recency over several windows summarize behaviour for the model.'],
    ['monitoring score distributions for drift', 'A population stability index on model scores flags drift before the business metrics move.'],
  ],
  also: {
    'imbalanced-learn SMOTE inside a pipeline': ['healthcare'],
    'precision_recall_curve threshold selection': ['healthcare', 'iot'],
  },
  cs: [
    ['precision_recall_curve threshold selection', 'finance', 'scikit-learn',
      'the default 0.5 threshold flags almost nothing as positive',
      r`pred = model.predict(X_va)
print(pred.sum(), y_va.sum())`, '3 412',
      r`proba = model.predict_proba(X_va)[:, 1]
prec, rec, thr = precision_recall_curve(y_va, proba)
ok = prec[:-1] >= 0.80
best = thr[ok][np.argmax(rec[:-1][ok])]
print(f"threshold={best:.3f}")`,
      'With rare positives the calibrated probabilities rarely exceed 0.5. Choose the threshold from the precision-recall curve that meets your precision target.'],
    ['imbalanced-learn SMOTE inside a pipeline', 'finance', 'imbalanced-learn',
      'putting SMOTE into a scikit-learn Pipeline raises a TypeError',
      r`pipe = Pipeline([("pre", pre), ("smote", SMOTE()), ("model", LogisticRegression())])`,
      "TypeError: All intermediate steps should be transformers and implement fit and transform or be the string 'passthrough' 'SMOTE()' (type <class 'imblearn.over_sampling._smote.base.SMOTE'>) doesn't",
      r`from imblearn.pipeline import Pipeline
pipe = Pipeline([("pre", pre), ("smote", SMOTE(random_state=0)),
                 ("model", LogisticRegression(max_iter=1000))])
scores = cross_val_score(pipe, X, y, cv=cv, scoring="average_precision")`,
      "Use imblearn's Pipeline: it applies the sampler during fit only, inside each fold, so the validation folds keep the real class ratio."],
    ['XGBoost with scale_pos_weight', 'finance', 'xgboost',
      'XGBoost predicts the majority class for every $(noun) row',
      r`model = xgb.XGBClassifier(n_estimators=300)
model.fit(X_tr, y_tr)`, null,
      r`ratio = (y_tr == 0).sum() / (y_tr == 1).sum()
model = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.05, max_depth=6,
                          scale_pos_weight=ratio, eval_metric="aucpr",
                          early_stopping_rounds=100)
model.fit(X_tr, y_tr, eval_set=[(X_va, y_va)], verbose=200)`,
      'scale_pos_weight reweights the positive class by the negative-to-positive ratio, and aucpr is a more useful early-stopping metric than logloss here.'],
    ['pandas pct_change for returns', 'finance', 'pandas finance',
      'returns computed with pct_change mix different tickers',
      r`$(df)["ret"] = $(df)["$(y)"].pct_change()`, null,
      r`$(df) = $(df).sort_values(["$(id)", "$(ts)"])
$(df)["ret"] = $(df).groupby("$(id)")["$(y)"].pct_change(fill_method=None)
$(df)["log_ret"] = np.log1p($(df)["ret"])`,
      'Compute returns per instrument in date order; the first row of each group is correctly NaN.'],
    ['numpy cumulative returns with cumprod', 'finance', 'numpy finance',
      'summing daily returns gives a total return that does not match the price chart',
      r`total = $(df)["ret"].sum()`, null,
      r`growth = (1 + $(df)["ret"].fillna(0)).cumprod()
total = growth.iloc[-1] - 1
drawdown = growth / growth.cummax() - 1
print(f"total={total:.2%} max drawdown={drawdown.min():.2%}")`,
      'Simple returns compound, so chain them with cumprod; only log returns can be summed.'],
    ['Decimal arithmetic for currency', 'finance', 'decimal',
      'float sums of amounts are off by a cent',
      r`total = sum(float(x) for x in amounts)
print(total)`, '1234.5699999999997',
      r`total = sum((Decimal(x) for x in amounts), Decimal("0"))
total = total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)`,
      'Binary floats cannot represent most decimal fractions. Parse amounts as Decimal from their string form and round explicitly.'],
  ],
  sc: [
    { n: 'credit card fraud detection', w: 3, kg: 0.4, task: 'clf',
      v: { df: 'tx', id: 'card_id', ts: 'tx_time', y: 'amount', cat: 'merchant_category', label: 'is_fraud', text: 'merchant_name', file: 'transactions.csv', table: 'transactions', noun: 'transactions' },
      intro: ['a fraud detection model for card transactions at a mid-sized bank', 'a scoring job that flags suspicious card payments before settlement'],
      data: 'The data has about 2.8 million card transactions over 13 months, and fewer than 0.2% are labelled as fraud after chargebacks.',
      k: [['class imbalance in fraud labels', 'Fraud is far below 1% of transactions, so accuracy is meaningless and the minority class needs weighting or resampling.'],
        ['chargeback label delay', 'Fraud labels arrive weeks later through chargebacks, so the most recent weeks are under-labelled.'],
        ['card-not-present fraud patterns', 'Online payments without a physical card carry most of the fraud, often starting with bursts of small test charges.']],
      ds: [['cost-sensitive evaluation of fraud alerts', 'A missed fraud costs the amount and a false alert costs an analyst review, so the threshold comes from expected cost.'],
        ['building transaction velocity features', 'Counts and sums per card over the last hour, day and week capture sudden bursts.']],
      metric: ['PR-AUC', 0.55, 0.86, 3, 'higher'], models: ['LightGBM', 'XGBoost', 'logistic regression'],
      rel: ['credit risk scoring for loan applications'] },
    { n: 'credit risk scoring for loan applications', w: 2, kg: 0.5, task: 'clf',
      v: { df: 'apps', id: 'applicant_id', ts: 'application_date', y: 'loan_amount', cat: 'employment_type', label: 'defaulted', text: 'purpose', file: 'applications.csv', table: 'applications', noun: 'applications' },
      intro: ['an application scorecard for consumer loans', 'a default-risk model that our underwriting team uses for personal loans'],
      data: 'Each row is a loan application with income, existing debt, employment details and whether the loan defaulted within 12 months.',
      k: [['probability of default and loss given default', 'Expected loss is PD times LGD times exposure at default, so the model output feeds pricing directly.'],
        ['reject inference in credit scoring', 'Only approved applicants have repayment outcomes, so training data is biased towards past approvals.']],
      ds: [['weight of evidence binning for scorecards', 'Numeric variables are binned so that each bin has a monotonic, interpretable weight of evidence.'],
        ['converting model scores into scorecard points', 'Log-odds are scaled to points with a base score and points-to-double-the-odds.']],
      metric: ['ROC-AUC', 0.72, 0.82, 3, 'higher'], models: ['logistic regression', 'LightGBM'],
      rel: ['credit card fraud detection'] },
    { n: 'stock portfolio risk analysis', w: 1.2, kg: 0.5, task: 'ts',
      v: { df: 'prices', id: 'ticker', ts: 'date', y: 'close', cat: 'sector', label: 'drawdown_flag', text: 'ticker', file: 'prices.csv', table: 'daily_prices', noun: 'prices' },
      intro: ['a risk dashboard for an equity portfolio of about 60 stocks', 'a small tool that measures how risky our model portfolio is'],
      data: 'I have ten years of daily adjusted close prices for each ticker plus the portfolio weights at each rebalance date.',
      k: [['value at risk and expected shortfall', 'VaR gives a loss quantile; expected shortfall averages the losses beyond it and reacts better to fat tails.'],
        ['correlation breakdown during market stress', 'Correlations between assets jump towards one in a crisis, so calm-period diversification overstates safety.']],
      ds: [['estimating a covariance matrix from returns', 'Sample covariance is noisy with many assets, so shrinkage estimators such as Ledoit-Wolf are preferred.'],
        ['mean-variance portfolio optimization', 'Weights are chosen to minimize variance for a target return under budget and position limits.']],
      cs: [['scipy.optimize minimize with constraints', 'finance', 'scipy optimization',
        'the optimizer returns weights that do not sum to one',
        r`res = minimize(lambda w: w @ cov @ w, x0, method="BFGS")`, null,
        r`n = len(tickers)
cons = [{"type": "eq", "fun": lambda w: w.sum() - 1}]
bounds = [(0.0, 0.10)] * n
res = minimize(lambda w: w @ cov @ w, np.full(n, 1 / n), method="SLSQP",
               bounds=bounds, constraints=cons)
assert res.success, res.message`,
        'BFGS ignores constraints. SLSQP supports equality constraints and bounds, and you should always check res.success.']],
      metric: ['annualized volatility', 0.11, 0.19, 3, 'lower'], models: ['minimum-variance optimizer', 'equal-weight baseline'],
      rel: ['algorithmic trading strategy backtesting'] },
    { n: 'algorithmic trading strategy backtesting', w: 1.6, kg: 0.3, task: 'ts',
      v: { df: 'bars', id: 'symbol', ts: 'timestamp', y: 'close', cat: 'exchange', label: 'signal', text: 'symbol', file: 'bars_1h.csv', table: 'bars', noun: 'bars' },
      intro: ['a backtest for a moving-average crossover strategy on hourly crypto bars', 'a simple momentum strategy that I want to backtest honestly before trading it'],
      data: 'The input is hourly OHLCV bars for 20 symbols over three years.',
      k: [['transaction costs and slippage', 'Fees and the spread between quoted and executed prices can erase the edge of a high-turnover strategy.'],
        ['survivorship bias in price histories', 'Using only instruments that still exist today hides the ones that were delisted after collapsing.']],
      ds: [['walk-forward validation of trading signals', 'Parameters are fitted on one window and tested on the next, rolling forward through time.'],
        ['sizing positions with volatility targeting', 'Position size is scaled inversely to recent volatility so that each trade carries similar risk.']],
      metric: ['Sharpe ratio', 0.6, 1.6, 2, 'higher'], models: ['moving-average crossover', 'buy-and-hold baseline'],
      rel: ['stock portfolio risk analysis'] },
    { n: 'accounting ledger reconciliation', w: 0.6, kg: 0.1, task: 'etl',
      v: { df: 'ledger', id: 'entry_id', ts: 'posting_date', y: 'amount', cat: 'account', label: 'matched', text: 'reference', file: 'ledger_export.csv', table: 'journal_lines', noun: 'journal lines' },
      intro: ['a month-end reconciliation script that matches bank statements with our general ledger', 'automation for the finance team to reconcile the ledger against bank exports'],
      data: 'We get a bank statement export and a ledger export each month, roughly 40,000 lines each, with free-text payment references.',
      k: [['double-entry bookkeeping invariants', 'Every journal entry must balance: total debits equal total credits.'],
        ['rounding differences in currency conversion', 'Converting line by line and rounding each line produces cent differences against converted totals.']],
      ds: [['matching bank transactions to ledger entries', 'Exact matches on amount and date come first, then tolerant matches within a few days.'],
        ['fuzzy matching of payment references', 'References are normalized and compared with token-based similarity to catch typos and truncations.']],
      metric: ['share of lines auto-matched', 0.86, 0.97, 3, 'higher'], models: ['rule-based matcher'] },
    { n: 'insurance claim cost prediction', w: 0.7, kg: 0.6, task: 'reg',
      v: { df: 'claims', id: 'policy_id', ts: 'claim_date', y: 'claim_cost', cat: 'vehicle_class', label: 'large_loss', text: 'claim_description', file: 'claims.csv', table: 'claims', noun: 'claims' },
      intro: ['a pricing model for motor insurance claims', 'a model that predicts the expected claim cost per policy'],
      data: 'The data has one row per policy-year with driver and vehicle attributes, exposure in years and the total claim cost.',
      k: [['heavy-tailed claim severity', 'A few very large claims dominate total cost, so squared-error models are pulled towards them.'],
        ['exposure and claim frequency', 'Policies are observed for different fractions of a year, so frequency must be modelled per unit of exposure.']],
      ds: [['modelling claim costs with a Tweedie loss', 'A Tweedie distribution handles the mass of zero-cost policies and the skewed positive costs in one model.'],
        ['capping large losses before modelling', 'Claims above a high percentile are capped and the excess is spread as a loading.']],
      metric: ['Gini coefficient', 0.28, 0.42, 3, 'higher'], models: ['LightGBM', 'GLM baseline'] },
  ],
};

export const RETAIL = {
  key: 'retail', tags: ['e-commerce', 'retail'], cats: { data: 1, ml: 1, py: 0.5, db: 0.5, web: 0.15 },
  k: [
    ['promotion effects on demand', 'Promotions pull sales forward and cannibalize neighbouring products, so the post-promo dip matters as much as the spike.'],
    ['customer lifetime value', 'CLV is the expected margin from a customer over the relationship, not just their past spend.'],
    ['stockouts censor observed demand', 'When an item is out of stock, recorded sales understate true demand.'],
    ['long-tail product catalogues', 'A few hundred products drive most revenue while most SKUs sell rarely.'],
  ],
  ds: [
    ['computing RFM scores for customers', 'Recency, frequency and monetary value are binned into quintiles and combined into a score.'],
    ['evaluating forecasts per SKU and store', 'Errors are aggregated with volume weights so slow movers do not dominate the metric.'],
    ['A/B testing price or layout changes', 'Customers are randomized into variants and the difference in conversion is tested for significance.'],
    ['cohort retention analysis', 'Customers are grouped by first-purchase month and the share still buying is tracked month by month.'],
  ],
  also: {
    'statsmodels SARIMAX fitting': ['finance', 'science'],
    'Prophet forecasting with holidays': ['science', 'geo'],
    'scipy.sparse matrices for interactions': ['nlp', 'edu'],
    'pandas qcut for quantile bins': ['edu', 'finance'],
  },
  cs: [
    ['pandas qcut for quantile bins', 'retail', 'pandas',
      'qcut fails because many values are identical',
      r`$(df)["bucket"] = pd.qcut($(df)["$(y)"], 5, labels=[1, 2, 3, 4, 5])`,
      'ValueError: Bin edges must be unique: Index([1.0, 1.0, 2.0, 4.0, 9.0, 120.0], dtype=\'float64\').\nYou can drop duplicate edges by setting the \'duplicates\' kwarg',
      r`ranks = $(df)["$(y)"].rank(method="first")
$(df)["bucket"] = pd.qcut(ranks, 5, labels=[1, 2, 3, 4, 5]).astype(int)`,
      'With many ties the quantile edges coincide. Rank first (ties broken by order) and bin the ranks.'],
    ['Prophet forecasting with holidays', 'retail', 'prophet forecasting',
      'Prophet ignores the public holidays and under-forecasts every Christmas',
      r`m = Prophet()
m.fit(history.rename(columns={"$(ts)": "ds", "$(y)": "y"}))`, null,
      r`m = Prophet(yearly_seasonality=True, weekly_seasonality=True,
            seasonality_mode="multiplicative")
m.add_country_holidays(country_name="DE")
m.fit(history.rename(columns={"$(ts)": "ds", "$(y)": "y"}))
forecast = m.predict(m.make_future_dataframe(periods=56))`,
      'Holidays are not modelled unless you add them; multiplicative seasonality fits series whose peaks grow with the level.'],
    ['statsmodels SARIMAX fitting', 'retail', 'statsmodels time-series',
      'SARIMAX throws convergence warnings and the forecast is a flat line',
      r`model = SARIMAX(series, order=(5, 1, 5)).fit()`,
      'ConvergenceWarning: Maximum Likelihood optimization failed to converge. Check mle_retvals',
      r`series = series.asfreq("D").interpolate()
model = SARIMAX(series, order=(1, 1, 1), seasonal_order=(1, 0, 1, 7),
                exog=exog, enforce_invertibility=False)
res = model.fit(disp=False, maxiter=200)
fc = res.get_forecast(steps=28, exog=future_exog).summary_frame()`,
      'Give the series an explicit frequency, start from a small order with a weekly seasonal term, and pass exogenous regressors for known drivers.'],
    ['scipy.sparse matrices for interactions', 'retail', 'scipy sparse',
      'building the user-item matrix as a dense DataFrame crashes the kernel',
      r`mat = $(df).pivot_table(index="$(id)", columns="item_id", values="qty", fill_value=0)`,
      'MemoryError: Unable to allocate 61.3 GiB for an array with shape (412000, 20000) and data type int64',
      r`users = $(df)["$(id)"].astype("category")
items = $(df)["item_id"].astype("category")
mat = sparse.csr_matrix((np.ones(len($(df)), dtype=np.float32),
                         (users.cat.codes, items.cat.codes)))`,
      'Interaction data is more than 99% zeros. Build a CSR matrix from category codes and keep the categories to map indices back.'],
    ['pandas explode for list columns', 'retail', 'pandas',
      'a column holds lists of product ids and I cannot group by them',
      r`$(df)["items"].apply(lambda xs: [counts.update([x]) for x in xs])`, null,
      r`long = $(df)[["$(id)", "items"]].explode("items").rename(columns={"items": "item_id"})
long.groupby("item_id")["$(id)"].nunique().sort_values(ascending=False)`,
      'explode turns each list element into its own row while keeping the other columns.'],
  ],
  sc: [
    { n: 'retail demand forecasting', w: 3.2, kg: 0.5, task: 'ts',
      v: { df: 'sales', id: 'store_item', ts: 'date', y: 'units_sold', cat: 'store_id', label: 'stockout', text: 'item_name', file: 'sales.csv', table: 'daily_sales', noun: 'sales rows' },
      intro: ['a demand forecasting model for a regional grocery chain with about 40 stores', 'weekly sales forecasts that our buying team uses to plan orders'],
      data: 'The data has one row per store, item and day with units sold, price and a promotion flag, covering a bit more than two years.',
      k: [['seasonality in sales data', 'Sales follow weekly and yearly cycles, with holiday peaks on top.'],
        ['intermittent demand for slow-moving items', 'Many items sell zero units on most days, which breaks percentage error metrics.'],
        ['holiday calendar effects', 'Moving holidays such as Easter shift demand between weeks from one year to the next.']],
      ds: [['forecasting with price and promotion variables', 'Known future prices and promotions are fed to the model as exogenous regressors.'],
        ['reconciling forecasts across the product hierarchy', 'Item-level forecasts are adjusted so they add up to the category and store totals.']],
      metric: ['WAPE', 0.19, 0.34, 3, 'lower'], models: ['LightGBM', 'SARIMAX', 'Prophet'],
      rel: ['inventory management API', 'dynamic pricing for online store'] },
    { n: 'customer churn prediction', w: 2.6, kg: 0.6, task: 'clf',
      v: { df: 'customers', id: 'customer_id', ts: 'last_order_date', y: 'monthly_spend', cat: 'plan', label: 'churned', text: 'cancel_reason', file: 'customers.csv', table: 'customers', noun: 'customers' },
      intro: ['a churn model for a subscription meal-kit service', 'a monthly churn-risk list for our customer success team'],
      data: 'Each row is a customer-month with plan, tenure, orders, support contacts and whether the customer churned in the following month.',
      k: [['churn definition for non-contractual customers', 'Many customers never cancel formally, so churn has to be defined from an inactivity window.'],
        ['tenure effects on churn risk', 'New customers churn far more often than long-standing ones, so tenure interacts with most other signals.']],
      ds: [['defining observation and prediction windows', 'Features come from a window that ends before the window in which churn is measured.'],
        ['targeting retention offers by expected uplift', 'Offers go to customers whose behaviour the offer is likely to change, not only to the riskiest ones.']],
      metric: ['ROC-AUC', 0.74, 0.88, 3, 'higher'], models: ['LightGBM', 'logistic regression', 'random forest'],
      rel: ['customer segmentation for marketing'] },
    { n: 'recommendation engine for e-commerce', w: 2, kg: 0.5, task: 'rec',
      v: { df: 'events', id: 'user_id', ts: 'event_time', y: 'qty', cat: 'event_type', label: 'purchased', text: 'product_title', file: 'events.csv', table: 'events', noun: 'events' },
      intro: ['a "customers also bought" widget for an online shop with about 20,000 products', 'personalized product recommendations for our web shop'],
      data: 'The data is a clickstream of views, add-to-cart and purchase events for about 400,000 users over six months.',
      k: [['implicit feedback from clicks and purchases', 'Views and purchases signal interest but there are no explicit negative ratings.'],
        ['the "cold start" problem for new products', 'New products and new users have no interactions, so collaborative filtering cannot score them.'],
        ['popularity bias in recommendations', 'Models trained on interactions tend to recommend the same bestsellers to everybody.']],
      ds: [['evaluating recommendations with recall at k', 'Held-out purchases are ranked against all items and the share that appears in the top k is measured.'],
        ['building item-to-item similarity from co-purchases', 'Items bought by the same customers are similar, measured with cosine similarity on the interaction matrix.']],
      cs: [['implicit ALS matrix factorization', 'retail', 'implicit recommender',
        'recommend() returns ids that do not match my item ids',
        r`model = AlternatingLeastSquares(factors=64)
model.fit(user_items)
ids, scores = model.recommend(0, user_items[0])`, null,
        r`model = AlternatingLeastSquares(factors=64, regularization=0.05, iterations=20)
model.fit(user_items)  # CSR matrix, rows are users (implicit >= 0.5)
ids, scores = model.recommend(u, user_items[u], N=10, filter_already_liked_items=True)
titles = items.cat.categories[ids]`,
        'The model works on matrix indices. Keep the category mapping you used to build the matrix and translate the indices back.']],
      metric: ['recall@10', 0.09, 0.21, 3, 'higher'], models: ['ALS', 'item-item cosine'],
      rel: ['market basket analysis', 'online course recommendation'] },
    { n: 'inventory management API', w: 1.3, kg: 0, task: 'api', cats: { py: 0.8, web: 1, db: 1, data: 0.1 }, borrow: ['backend'],
      v: { df: 'stock', id: 'sku', ts: 'updated_at', y: 'quantity', cat: 'warehouse_id', label: 'reserved', text: 'description', file: 'stock.csv', table: 'stock_levels', noun: 'stock movements', model: 'Stock', path: '/stock/{sku}' },
      intro: ['an inventory service that tracks stock levels across three warehouses', 'the stock API behind our web shop and warehouse scanners'],
      data: 'Stock levels live in PostgreSQL; the shop reserves items at checkout and the warehouse scanners post receipts and picks.',
      k: [['reorder points and safety stock', 'An item is reordered when stock falls below expected demand over the lead time plus a safety buffer.'],
        ['stock reservation during checkout', 'Items in an open checkout are reserved for a limited time so they cannot be sold twice.']],
      ds: [['preventing overselling with atomic stock updates', 'The check and the decrement have to happen in one atomic statement or under a row lock.'],
        ['recording stock movements in an append-only ledger', 'Every receipt, pick and adjustment is stored as a movement, and the level is their sum.']],
      cs: [['SQLAlchemy row locking with with_for_update', 'retail', 'sqlalchemy postgresql',
        'two concurrent orders both succeed and stock goes negative',
        r`item = session.get(Stock, sku)
if item.$(y) >= qty:
    item.$(y) -= qty
    session.commit()`, null,
        r`with session.begin():
    item = session.execute(
        select(Stock).where(Stock.sku == sku).with_for_update()
    ).scalar_one()
    if item.$(y) < qty:
        raise OutOfStock(sku)
    item.$(y) -= qty`,
        'SELECT ... FOR UPDATE locks the row until the transaction ends, so the second order waits and then sees the new quantity.']],
      metric: null, models: [],
      rel: ['retail demand forecasting'] },
    { n: 'market basket analysis', w: 0.8, kg: 0.6, task: 'assoc',
      v: { df: 'baskets', id: 'order_id', ts: 'order_date', y: 'qty', cat: 'aisle', label: 'reordered', text: 'product_name', file: 'order_lines.csv', table: 'order_lines', noun: 'order lines' },
      intro: ['an analysis of which products are bought together in a supermarket', 'cross-selling rules for a grocery delivery app'],
      data: 'The data has about 3 million order lines from 200,000 orders, one row per product in an order.',
      k: [['support, confidence and lift', 'Lift above one means two products appear together more often than chance would predict.']],
      ds: [['mining association rules from baskets', 'Frequent itemsets are found first and rules are then filtered by confidence and lift.']],
      cs: [['mlxtend apriori association rules', 'retail', 'mlxtend',
        'apriori eats all memory on the one-hot basket matrix',
        r`basket = pd.crosstab($(df)["$(id)"], $(df)["$(text)"])
itemsets = apriori(basket, min_support=0.001)`, null,
        r`top = $(df)["$(text)"].value_counts().index[:2000]
basket = (pd.crosstab($(df)["$(id)"], $(df).loc[$(df)["$(text)"].isin(top), "$(text)"]) > 0)
itemsets = fpgrowth(basket, min_support=0.005, use_colnames=True)
rules = association_rules(itemsets, metric="lift", min_threshold=1.2)`,
        'Restrict to frequent products, use a boolean matrix and fpgrowth, which needs far less memory than apriori at low support.']],
      metric: ['median lift of top rules', 1.8, 3.4, 2, 'higher'], models: ['FP-growth'],
      rel: ['recommendation engine for e-commerce'] },
    { n: 'dynamic pricing for online store', w: 0.6, kg: 0.3, task: 'reg',
      v: { df: 'prices', id: 'product_id', ts: 'date', y: 'units', cat: 'category', label: 'price_changed', text: 'product_name', file: 'price_history.csv', table: 'price_history', noun: 'price points' },
      intro: ['a repricing tool for an online electronics store', 'a model that suggests daily prices for our best-selling products'],
      data: 'We have daily prices, competitor prices and units sold for 1,500 products over 18 months.',
      k: [['price elasticity of demand', 'Elasticity is the percentage change in units sold for a one percent change in price.'],
        ['competitor price matching', 'Customers compare prices across shops, so our demand depends on the gap to the cheapest competitor.']],
      ds: [['estimating price elasticity from historical sales', 'A log-log regression of units on price, with controls for season and promotions, gives the elasticity.']],
      metric: ['MAPE', 0.14, 0.27, 3, 'lower'], models: ['log-log regression', 'LightGBM'],
      rel: ['retail demand forecasting'] },
    { n: 'customer segmentation for marketing', w: 1.1, kg: 0.7, task: 'cluster',
      v: { df: 'customers', id: 'customer_id', ts: 'first_order_date', y: 'total_spend', cat: 'country', label: 'newsletter', text: 'segment', file: 'customers.csv', table: 'customers', noun: 'customers' },
      intro: ['customer segments for an online fashion retailer', 'segments the marketing team can target with different campaigns'],
      data: 'Each customer has order history aggregates: number of orders, total spend, days since last order, returns and preferred category.',
      k: [['recency, frequency and monetary value', 'How recently, how often and how much a customer buys are the classic dimensions of customer value.']],
      ds: [['choosing the number of clusters with silhouette scores', 'Several values of k are compared with silhouette scores and checked for business sense.'],
        ['profiling segments for marketing teams', 'Each cluster is described by its medians and named so non-technical colleagues can use it.']],
      metric: ['silhouette score', 0.31, 0.48, 2, 'higher'], models: ['KMeans', 'Gaussian mixture'],
      rel: ['customer churn prediction'] },
  ],
};
