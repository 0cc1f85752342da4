// IoT/manufacturing and NLP/text: scenarios, knowledge, domain skills and domain-flavoured coding skills.
const r = String.raw;

export const IOT = {
  key: 'iot', tags: ['iot', 'manufacturing'], cats: { data: 1, ml: 0.8, py: 0.7, web: 0.3 },
  k: [
    ['sensor drift and recalibration', 'Sensors drift slowly over months, so a fixed threshold gradually starts to misfire.'],
    ['sampling rate and aliasing', 'A signal must be sampled at more than twice its highest frequency, otherwise fast vibrations alias into slow ones.'],
    ['clock skew between devices', 'Device clocks disagree by seconds or minutes, which matters when events are joined by time.'],
    ['scarcity of run-to-failure data', 'Machines rarely fail, so there are only a handful of complete failure histories to learn from.'],
  ],
  ds: [
    ['aligning sensor streams to a common time base', 'Streams with different rates are resampled or joined to the nearest timestamp within a tolerance.'],
    ['extracting rolling statistical features from signals', 'Mean, standard deviation, RMS and kurtosis over sliding windows summarize the raw signal.'],
    ['setting control limits for process monitoring', 'Limits at three standard deviations from an in-control reference period separate normal variation from faults.'],
  ],
  also: {
    'scipy signal filtering with butter and filtfilt': ['science'],
    'IsolationForest for outlier scoring': ['finance', 'backend'],
    'pandas merge_asof for nearest timestamps': ['finance', 'geo'],
  },
  cs: [
    ['IsolationForest for outlier scoring', 'iot', 'scikit-learn anomaly-detection',
      'IsolationForest flags a fixed 10% of points as anomalies no matter what',
      r`iso = IsolationForest().fit(X)
labels = iso.predict(X)
print((labels == -1).mean())`, '0.1',
      r`iso = IsolationForest(n_estimators=300, contamination="auto", random_state=0).fit(X_normal)
scores = -iso.score_samples(X_new)  # higher means more anomalous
threshold = np.quantile(-iso.score_samples(X_normal), 0.995)
alerts = scores > threshold`,
      'Fit on a period known to be normal, use the continuous scores, and set the threshold from the score distribution on normal data.'],
    ['scipy signal filtering with butter and filtfilt', 'iot', 'scipy signal-processing',
      'my filtered signal is shifted in time compared with the raw one',
      r`b, a = butter(4, 0.1)
smooth = lfilter(b, a, $(df)["$(y)"])`, null,
      r`fs = 100.0  # Hz
b, a = butter(4, 5.0, btype="low", fs=fs)
smooth = filtfilt(b, a, $(df)["$(y)"].to_numpy())`,
      'lfilter is causal and delays the signal; filtfilt runs forwards and backwards for zero phase. Passing fs= lets you give the cutoff in Hz.'],
    ['numpy FFT for vibration spectra', 'iot', 'numpy signal-processing',
      'the peaks in my FFT are at the wrong frequencies',
      r`spec = np.abs(np.fft.fft(x))
plt.plot(spec)`, null,
      r`fs = 25_600  # samples per second
x = x - x.mean()
spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) / len(x)
freqs = np.fft.rfftfreq(len(x), d=1 / fs)
peak_hz = freqs[np.argmax(spec[1:]) + 1]`,
      'Use rfft for real signals and rfftfreq with the sample spacing to get the frequency axis in Hz; remove the mean and apply a window first.'],
    ['pandas merge_asof for nearest timestamps', 'iot', 'pandas time-series',
      'an exact merge on timestamps matches almost nothing',
      r`joined = $(df).merge(events, on="$(ts)")`, null,
      r`joined = pd.merge_asof($(df).sort_values("$(ts)"), events.sort_values("$(ts)"),
                       on="$(ts)", by="$(id)", direction="backward",
                       tolerance=pd.Timedelta("2s"))`,
      'merge_asof matches each row with the nearest earlier event of the same key within a tolerance; both frames must be sorted.'],
    ['paho-mqtt client callbacks', 'iot', 'mqtt',
      'on_message is never called although the broker receives the data',
      r`client = mqtt.Client()
client.on_message = on_message
client.connect(BROKER)
client.subscribe("plant/+/$(noun)")`, null,
      r`def on_connect(client, userdata, flags, reason_code, properties):
    client.subscribe("plant/+/$(noun)", qos=1)  # re-subscribe on every reconnect

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
client.on_connect = on_connect
client.on_message = on_message
client.connect(BROKER, 1883, keepalive=60)
client.loop_forever()`,
      'Callbacks only run while the network loop runs. Subscribe inside on_connect so reconnects restore the subscription.'],
    ['struct module for parsing binary packets', 'iot', 'struct binary',
      'unpacking the sensor packet fails on the length',
      r`device, temp, ts = struct.unpack("hfI", payload)`, 'struct.error: unpack requires a buffer of 12 bytes',
      r`PACKET = struct.Struct("<HhI")  # little-endian, no padding: uint16, int16, uint32
device, temp_raw, ts = PACKET.unpack_from(payload, 0)
temp_c = temp_raw / 100`,
      'Without a byte-order prefix struct uses native alignment and adds padding. Use "<" for little-endian packed data and check Struct.size.'],
  ],
  sc: [
    { n: 'sensor anomaly detection in manufacturing', w: 2.6, kg: 0.5, task: 'anomaly',
      v: { df: 'sensors', id: 'machine_id', ts: 'timestamp', y: 'temperature', cat: 'line', label: 'anomaly', text: 'sensor_name', file: 'sensor_readings.csv', table: 'sensor_readings', noun: 'readings' },
      intro: ['anomaly detection on temperature and pressure sensors of injection moulding machines', 'an early warning for unusual behaviour on a packaging line'],
      data: 'Each of 35 machines reports 12 sensor channels every second; we have six months of history and a few labelled incidents.',
      k: [['normal operating envelopes of machines', 'Normal ranges depend on the product and machine state, so one global threshold does not work.'],
        ['point versus contextual anomalies', 'A value can be normal during start-up and abnormal in steady state.']],
      ds: [['scoring sensor windows for unsupervised anomalies', 'Windows of readings are scored by how unlike normal operation they are, without fault labels.'],
        ['labelling anomalies with maintenance logs', 'Maintenance tickets give approximate fault times that are used to evaluate alerts.']],
      metric: ['F1 on labelled incidents', 0.52, 0.78, 3, 'higher'], models: ['IsolationForest', 'autoencoder'],
      rel: ['predictive maintenance for industrial machines', 'production line quality control'] },
    { n: 'predictive maintenance for industrial machines', w: 2, kg: 0.6, task: 'reg',
      v: { df: 'cycles', id: 'unit_id', ts: 'cycle', y: 'vibration_rms', cat: 'operating_mode', label: 'failed', text: 'component', file: 'train_fd001.csv', table: 'engine_cycles', noun: 'cycles' },
      intro: ['a remaining-useful-life model for turbofan engines', 'maintenance planning for pumps based on vibration data'],
      data: 'There are 100 run-to-failure trajectories with 21 sensor channels per operating cycle.',
      k: [['remaining useful life', 'RUL is the number of cycles left before failure, usually capped because early cycles carry no degradation signal.'],
        ['vibration signatures of bearing faults', 'Bearing defects show up as peaks at characteristic frequencies and their harmonics.']],
      ds: [['estimating remaining useful life from degradation trends', 'Health indicators built from sensors are tracked until they cross a failure threshold.'],
        ['building run-to-failure training windows', 'Each unit is cut into windows labelled with the cycles remaining at the end of the window.']],
      metric: ['RMSE in cycles', 12, 22, 1, 'lower'], models: ['LightGBM', 'LSTM'],
      rel: ['sensor anomaly detection in manufacturing'] },
    { n: 'smart home energy monitoring', w: 0.9, kg: 0.3, task: 'ts',
      v: { df: 'meter', id: 'home_id', ts: 'timestamp', y: 'power_w', cat: 'circuit', label: 'appliance_on', text: 'appliance', file: 'meter.csv', table: 'meter_readings', noun: 'meter readings' },
      intro: ['an energy dashboard for a smart plug and meter system', 'per-appliance consumption estimates for households'],
      data: 'A smart meter reports whole-house power every 10 seconds and a few smart plugs report per-device power.',
      k: [['appliance load signatures', 'Fridges cycle, kettles spike briefly and heat pumps run for hours, and the shapes identify them.'],
        ['time-of-use electricity tariffs', 'Prices change by hour, so when energy is used matters as much as how much.']],
      ds: [['disaggregating household load by appliance', 'The total signal is split into appliance contributions using their typical on/off patterns.']],
      metric: ['MAE in watts', 35, 80, 1, 'lower'], models: ['LightGBM', 'seasonal baseline'],
      rel: ['electricity load forecasting'] },
    { n: 'production line quality control', w: 1.2, kg: 0.5, task: 'clf',
      v: { df: 'batches', id: 'batch_id', ts: 'produced_at', y: 'thickness_mm', cat: 'station', label: 'defective', text: 'defect_code', file: 'qc_measurements.csv', table: 'qc_measurements', noun: 'measurements' },
      intro: ['quality monitoring for a sheet metal stamping line', 'defect prediction from in-line measurements at a bottling plant'],
      data: 'Every part is measured at five stations and about 1.5% fail the final inspection.',
      k: [['statistical process control rules', 'Western Electric rules flag points beyond three sigma and runs of points on one side of the centre line.'],
        ['yield and defect rates per batch', 'Defects cluster by batch, shift and material lot rather than occurring independently.']],
      ds: [['root cause analysis of defective batches', 'Defect rates are compared across machines, shifts and material lots to find the common factor.']],
      metric: ['ROC-AUC', 0.78, 0.9, 3, 'higher'], models: ['LightGBM', 'logistic regression'],
      rel: ['sensor anomaly detection in manufacturing'] },
    { n: 'fleet telematics data ingestion', w: 0.8, kg: 0.1, task: 'etl', cats: { py: 1, web: 0.8, data: 0.8, db: 0.5 }, borrow: ['backend'],
      v: { df: 'pings', id: 'vehicle_id', ts: 'recorded_at', y: 'speed_kmh', cat: 'fleet', label: 'ignition', text: 'driver_id', file: 'pings.csv', table: 'telemetry', noun: 'pings', model: 'Ping', path: '/telemetry' },
      intro: ['the ingestion service for GPS and engine data from 3,000 delivery vans', 'a pipeline that receives telemetry from trucks over MQTT'],
      data: 'Each vehicle sends a packet every 5 seconds with position, speed and CAN bus values; coverage drops in tunnels and rural areas.',
      k: [['GPS fix quality and dropouts', 'Positions with few satellites or high HDOP are unreliable and should be discarded.'],
        ['CAN bus signals from vehicles', 'Engine data is broadcast on the CAN bus as scaled integers defined per manufacturer.']],
      ds: [['buffering telemetry during connectivity loss', 'Devices store packets locally and upload them in order after reconnecting.'],
        ['downsampling high-frequency telemetry', 'Raw pings are reduced to one point per interval while keeping stops and turns.']],
      metric: ['packets ingested without error', 0.97, 0.999, 3, 'higher'], models: ['validation rules'],
      rel: ['GPS trajectory cleaning'] },
  ],
};

export const NLP = {
  key: 'nlp', tags: ['nlp', 'text'], cats: { data: 0.8, ml: 1, py: 0.8, web: 0.3 },
  k: [
    ['tokenization and subword vocabularies', 'Transformers split rare words into subword pieces, and sequence limits count those pieces, not words.'],
    ['mixed languages and broken encodings in text', 'Real text mixes languages, emoji and mojibake that break naive preprocessing.'],
    ['overlapping intent labels', 'Categories such as billing and refunds overlap, so some disagreement between model and label is unavoidable.'],
  ],
  ds: [
    ['building a text classification baseline', 'A TF-IDF plus linear model baseline shows how much a transformer really adds.'],
    ['fine-tuning a transformer for classification', 'A pretrained encoder gets a classification head and is trained for a few epochs at a small learning rate.'],
    ['cleaning and normalizing raw text', 'HTML, signatures, quoted replies and boilerplate are removed before modelling.'],
    ['evaluating with macro-averaged F1', 'Macro F1 weighs every class equally, so small classes count as much as large ones.'],
  ],
  also: {
    'Hugging Face tokenizers with truncation and padding': ['vision', 'edu'],
    'TF-IDF vectorization with scikit-learn': ['edu', 'retail'],
    'unicodedata normalization of text': ['healthcare', 'backend'],
  },
  cs: [
    ['TF-IDF vectorization with scikit-learn', 'nlp', 'scikit-learn text',
      'the TF-IDF matrix has two million columns and training is slow',
      r`vec = TfidfVectorizer()
X = vec.fit_transform($(df)["$(text)"])
print(X.shape)`, '(184000, 2113480)',
      r`vec = TfidfVectorizer(min_df=3, max_df=0.9, ngram_range=(1, 2),
                      sublinear_tf=True, strip_accents="unicode")
X = vec.fit_transform($(df)["$(text)"])`,
      'Drop very rare and very common terms; sublinear_tf dampens repeated words. This usually shrinks the vocabulary by an order of magnitude without hurting accuracy.'],
    ['Hugging Face tokenizers with truncation and padding', 'nlp', 'transformers tokenizers',
      'the tokenizer cannot build a tensor from my batch of texts',
      r`enc = tokenizer(texts, return_tensors="pt")`,
      "ValueError: Unable to create tensor, you should probably activate truncation and/or padding with 'padding=True' 'truncation=True' to have batched tensors with the same length.",
      r`enc = tokenizer(texts, padding=True, truncation=True, max_length=256,
                return_tensors="pt")
lengths = [len(ids) for ids in tokenizer(texts)["input_ids"]]
print(np.percentile(lengths, [50, 95, 99]))`,
      'Texts have different token lengths, so pad and truncate. Check the token length distribution to choose max_length.'],
    ['spaCy named entity recognition', 'nlp', 'spacy',
      'spaCy misses our domain-specific entities completely',
      r`nlp = spacy.load("en_core_web_sm")
ents = [(e.text, e.label_) for e in nlp(text).ents]`, null,
      r`nlp = spacy.load("en_core_web_sm")
ruler = nlp.add_pipe("entity_ruler", before="ner")
ruler.add_patterns([{"label": "PRODUCT", "pattern": [{"LOWER": "pro"}, {"IS_DIGIT": True}]}])
docs = nlp.pipe($(df)["$(text)"], batch_size=256)`,
      'The pretrained model only knows general entity types. An EntityRuler before the NER component adds pattern-based entities; nlp.pipe batches the texts.'],
    ['fine-tuning with the Hugging Face Trainer API', 'nlp', 'transformers',
      'Trainer complains that the model did not return a loss',
      r`ds = Dataset.from_pandas($(df)[["$(text)", "$(label)"]])
trainer = Trainer(model=model, args=args, train_dataset=ds)
trainer.train()`,
      'ValueError: The model did not return a loss from the inputs, only the following keys: logits. For reference, the inputs it received are input_ids,attention_mask.',
      r`ds = Dataset.from_pandas($(df)[["$(text)", "$(label)"]]).rename_column("$(label)", "labels")
ds = ds.map(lambda b: tokenizer(b["$(text)"], truncation=True, max_length=256), batched=True)
trainer = Trainer(model=model, args=args, train_dataset=ds,
                  data_collator=DataCollatorWithPadding(tokenizer))
trainer.train()`,
      'The model computes the loss only when a "labels" column is present; tokenize with map and let a collator pad each batch.'],
    ['unicodedata normalization of text', 'nlp', 'unicode',
      'identical-looking strings do not compare equal and deduplication misses them',
      r`$(df)["$(text)"].str.lower().duplicated().sum()`, '12',
      r`def normalize(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return " ".join(s.casefold().split())

$(df)["norm"] = $(df)["$(text)"].map(normalize)
$(df)["norm"].duplicated().sum()`,
      'Text can contain composed and decomposed accents, full-width characters and non-breaking spaces. NFKC plus casefold and whitespace collapsing makes them compare equal.'],
    ['NLTK tokenization and stopwords', 'nlp', 'nltk',
      'word_tokenize fails on a fresh machine',
      r`tokens = nltk.word_tokenize(text)`, "LookupError: Resource punkt_tab not found.\n  Please use the NLTK Downloader to obtain the resource",
      r`nltk.download("punkt_tab", quiet=True)
nltk.download("stopwords", quiet=True)
stop = set(stopwords.words("english")) - {"not", "no"}
tokens = [t for t in nltk.word_tokenize(text.lower()) if t.isalpha() and t not in stop]`,
      'NLTK data is downloaded separately; do it once at start-up. Keep negations when the task is sentiment.'],
    ['Hugging Face pipeline for batch inference', 'nlp', 'transformers',
      'running the pipeline on 100,000 texts one by one takes hours',
      r`preds = [clf(t)[0]["label"] for t in $(df)["$(text)"]]`, null,
      r`clf = pipeline("text-classification", model=MODEL_DIR, device=0, truncation=True)
preds = clf(KeyDataset(ds, "$(text)"), batch_size=64)
$(df)["pred"] = [p["label"] for p in preds]`,
      'Feed the pipeline a dataset and a batch size so it batches on the GPU.'],
  ],
  sc: [
    { n: 'customer support ticket classification', w: 2.2, kg: 0.5, task: 'text',
      v: { df: 'tickets', id: 'ticket_id', ts: 'created_at', y: 'first_response_min', cat: 'queue', label: 'category', text: 'message', file: 'tickets.csv', table: 'tickets', noun: 'tickets' },
      intro: ['automatic routing of support tickets for a SaaS company', 'a classifier that assigns incoming emails to the right support queue'],
      data: 'We have about 180,000 historical tickets with subject, body and the queue an agent finally assigned, across 23 categories.',
      k: [['routing queues in customer support', 'Each queue is staffed by a team with specific permissions, so misrouting costs a hand-off.'],
        ['urgency signals in customer messages', 'Words about outages, payments and deadlines indicate tickets that need a fast response.']],
      ds: [['handling rare intents with few examples', 'Rare categories get extra examples, class weights or are merged until there is enough data.'],
        ['routing tickets by prediction confidence', 'Only confident predictions are routed automatically; the rest go to a triage queue.']],
      metric: ['macro F1', 0.71, 0.86, 3, 'higher'], models: ['TF-IDF + logistic regression', 'DistilBERT'],
      rel: ['chatbot for FAQ answering'] },
    { n: 'sentiment analysis of product reviews', w: 2.6, kg: 0.7, task: 'text',
      v: { df: 'reviews', id: 'review_id', ts: 'review_date', y: 'rating', cat: 'product_category', label: 'sentiment', text: 'review_text', file: 'reviews.csv', table: 'reviews', noun: 'reviews' },
      intro: ['sentiment analysis of product reviews for an online marketplace', 'a dashboard that tracks what customers complain about in reviews'],
      data: 'There are 400,000 reviews with star ratings, text and product category.',
      k: [['sarcasm and negation in reviews', 'Phrases like "not bad" or "great, it broke after a day" invert the literal sentiment.'],
        ['mismatch between star ratings and review text', 'Some reviewers give five stars with a complaint, so ratings are noisy labels.']],
      ds: [['extracting aspect-level sentiment', 'Sentiment is attached to product aspects such as battery, delivery or size.'],
        ['using star ratings as weak labels', 'Ratings of 1-2 and 4-5 stars become negative and positive labels, and 3 stars are left out.']],
      metric: ['macro F1', 0.78, 0.91, 3, 'higher'], models: ['DistilBERT', 'TF-IDF + logistic regression'],
      rel: ['recommendation engine for e-commerce'] },
    { n: 'named entity extraction from legal contracts', w: 1, kg: 0.3, task: 'text',
      v: { df: 'clauses', id: 'contract_id', ts: 'signed_date', y: 'contract_value', cat: 'clause_type', label: 'entity_type', text: 'clause_text', file: 'contracts.jsonl', table: 'contracts', noun: 'contracts' },
      intro: ['extraction of parties, dates and amounts from supplier contracts', 'a contract review tool for a legal team'],
      data: 'We have 2,300 contracts as PDFs converted to text, 300 of them annotated with entity spans.',
      k: [['contract clause types', 'Termination, liability and payment clauses have recognisable structure and vocabulary.'],
        ['defined terms in contracts', 'Capitalized terms such as "the Supplier" refer back to a definition earlier in the contract.']],
      ds: [['annotating entities for custom NER', 'Annotation guidelines and a double-annotated sample keep labels consistent.'],
        ['splitting long documents into overlapping chunks', 'Contracts exceed model limits, so they are split with overlap and the predictions are merged.']],
      metric: ['entity-level F1', 0.74, 0.88, 3, 'higher'], models: ['spaCy NER', 'RoBERTa token classifier'] },
    { n: 'chatbot for FAQ answering', w: 1.2, kg: 0.2, task: 'text', cats: { py: 1, web: 0.8, ml: 0.6, data: 0.5 },
      v: { df: 'faqs', id: 'faq_id', ts: 'updated_at', y: 'views', cat: 'section', label: 'answered', text: 'question', file: 'faqs.csv', table: 'faqs', noun: 'questions', path: '/chat' },
      intro: ['a help-centre chatbot that answers from our FAQ pages', 'a retrieval-based assistant for HR policy questions'],
      data: 'The knowledge base has about 1,200 FAQ entries and we logged 30,000 real user questions.',
      k: [['retrieval-augmented generation', 'The model answers from retrieved passages, which keeps answers grounded and current.'],
        ['fallback to human agents', 'When retrieval confidence is low the bot should hand over instead of guessing.']],
      ds: [['building a semantic search index over FAQs', 'FAQ entries are embedded once and the nearest entries to each question are retrieved.'],
        ['measuring retrieval hit rate', 'For logged questions with a known answer, the share whose answer is retrieved in the top results is measured.']],
      cs: [['sentence-transformers embeddings for semantic search', 'nlp', 'sentence-transformers',
        'cosine scores are all between 0.8 and 0.9 and the ranking looks random',
        r`emb = model.encode(faqs)
scores = emb @ query_emb`, null,
        r`model = SentenceTransformer("all-MiniLM-L6-v2")
emb = model.encode(faqs, normalize_embeddings=True, batch_size=64)
q = model.encode([query], normalize_embeddings=True)
top = np.argsort(-(emb @ q.T).ravel())[:5]`,
        'Normalize the embeddings so the dot product is cosine similarity, and rank instead of using absolute thresholds.']],
      metric: ['hit rate at 5', 0.71, 0.9, 3, 'higher'], models: ['MiniLM embeddings'],
      rel: ['customer support ticket classification'] },
    { n: 'news article topic modeling', w: 0.8, kg: 0.7, task: 'cluster',
      v: { df: 'articles', id: 'article_id', ts: 'published_at', y: 'word_count', cat: 'section', label: 'topic', text: 'body', file: 'articles.csv', table: 'articles', noun: 'articles' },
      intro: ['topic discovery in a news archive', 'an overview of which themes a regional newspaper covered over ten years'],
      data: 'The archive has 250,000 articles with headline, body, section and publication date.',
      k: [['topic coherence', 'Coherence scores measure whether the top words of a topic actually co-occur in documents.']],
      ds: [['choosing the number of topics', 'Models with different topic counts are compared by coherence and by reading the top words.']],
      cs: [['gensim LDA topic modeling', 'nlp', 'gensim',
        'every topic is dominated by the same common words',
        r`dictionary = corpora.Dictionary(tokens)
lda = LdaModel([dictionary.doc2bow(t) for t in tokens], num_topics=20)`, null,
        r`dictionary = corpora.Dictionary(tokens)
dictionary.filter_extremes(no_below=20, no_above=0.3, keep_n=50_000)
corpus = [dictionary.doc2bow(t) for t in tokens]
lda = LdaMulticore(corpus, id2word=dictionary, num_topics=30, passes=5, random_state=0)
cm = CoherenceModel(model=lda, texts=tokens, dictionary=dictionary, coherence="c_v")`,
        'Filter extreme frequencies from the dictionary, then compare topic counts by coherence.']],
      metric: ['c_v coherence', 0.42, 0.58, 3, 'higher'], models: ['LDA', 'NMF'] },
  ],
};
