// Computer vision and geospatial/transport: scenarios, knowledge, domain skills and domain-flavoured coding skills.
const r = String.raw;

export const VISION = {
  key: 'vision', tags: ['computer-vision', 'pytorch'], cats: { data: 0.5, ml: 0.6, py: 0.6 },
  k: [
    ['image resolution and aspect ratio trade-offs', 'Downscaling speeds up training but erases small details, and squashing changes object shapes.'],
    ['dataset shift between camera setups', 'A model trained on one camera, lighting or lens often degrades on another.'],
    ['overfitting on small image datasets', 'With a few hundred images per class a large network memorizes the training set within a few epochs.'],
  ],
  ds: [
    ['augmenting images for small datasets', 'Flips, crops, colour jitter and small rotations make the model robust to variation it will see in practice.'],
    ['evaluating detectors with mean average precision', 'mAP averages precision over recall levels and classes at a chosen IoU threshold.'],
  ],
  also: {
    'OpenCV image reading and color conversion': ['iot', 'healthcare'],
    'Pillow image resizing and thumbnails': ['retail'],
  },
  cs: [
    ['PyTorch Dataset and DataLoader classes', 'vision', 'pytorch',
      'the DataLoader fails to stack my images into a batch',
      r`loader = DataLoader(ImageFolder(root, transform=transforms.ToTensor()), batch_size=32)
images, labels = next(iter(loader))`,
      'RuntimeError: stack expects each tensor to be equal size, but got [3, 224, 301] at entry 0 and [3, 224, 224] at entry 1',
      r`tf = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])
loader = DataLoader(ImageFolder(root, transform=tf), batch_size=32, shuffle=True,
                    num_workers=4, pin_memory=True)`,
      'Images in a batch must have the same shape, so resize (or crop) to a fixed size in the transform.'],
    ['torchvision transforms for data augmentation', 'vision', 'torchvision',
      'validation accuracy jumps around because the validation images are augmented too',
      r`tf = transforms.Compose([transforms.RandomResizedCrop(224), transforms.RandomHorizontalFlip(),
                         transforms.ToTensor()])
train_ds = ImageFolder(train_dir, transform=tf)
val_ds = ImageFolder(val_dir, transform=tf)`, null,
      r`norm = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
train_tf = transforms.Compose([transforms.RandomResizedCrop(224, scale=(0.6, 1.0)),
                               transforms.RandomHorizontalFlip(), transforms.ColorJitter(0.2, 0.2),
                               transforms.ToTensor(), norm])
val_tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224),
                             transforms.ToTensor(), norm])`,
      'Random augmentation belongs to training only; validation gets a deterministic resize and crop with the same normalization.'],
    ['fine-tuning a pretrained ResNet in PyTorch', 'vision', 'pytorch torchvision',
      'loading my fine-tuned checkpoint fails with a size mismatch in fc',
      r`model = models.resnet50(pretrained=True)
model.load_state_dict(torch.load("best.pt"))`,
      'RuntimeError: Error(s) in loading state_dict for ResNet:\n\tsize mismatch for fc.weight: copying a param with shape torch.Size([12, 2048]) from checkpoint, the shape in current model is torch.Size([1000, 2048]).',
      r`model = models.resnet50(weights=models.ResNet50_Weights.DEFAULT)
model.fc = nn.Linear(model.fc.in_features, num_classes)
model.load_state_dict(torch.load("best.pt", map_location="cpu"))`,
      'Rebuild the same architecture, including the replaced head, before loading the weights.'],
    ['moving tensors to GPU with .to(device)', 'vision', 'pytorch cuda',
      'training fails because some tensors are on the CPU',
      r`model = model.cuda()
for images, labels in loader:
    out = model(images)`,
      'RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!',
      r`device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = model.to(device)
for images, labels in loader:
    images, labels = images.to(device, non_blocking=True), labels.to(device)
    out = model(images)`,
      'The model and every batch must live on the same device; move each batch inside the loop.'],
    ['PyTorch train and eval modes', 'vision', 'pytorch',
      'validation loss is much worse than training loss on the same images',
      r`for images, labels in val_loader:
    out = model(images)
    val_loss += criterion(out, labels).item()`, null,
      r`model.eval()
with torch.no_grad():
    for images, labels in val_loader:
        out = model(images.to(device))
        val_loss += criterion(out, labels.to(device)).item()
model.train()`,
      'Without model.eval() dropout stays active and batch norm keeps updating its statistics during validation.'],
    ['OpenCV image reading and color conversion', 'vision', 'opencv',
      'images loaded with OpenCV look blue-tinted and the model accuracy drops',
      r`img = cv2.imread(path)
plt.imshow(img)`, null,
      r`img = cv2.imread(str(path), cv2.IMREAD_COLOR)
if img is None:
    raise FileNotFoundError(path)
img = cv2.cvtColor(img, cv2.COLOR_BGR2RGB)`,
      'OpenCV loads images as BGR and returns None instead of raising for unreadable files.'],
    ['Pillow image resizing and thumbnails', 'vision', 'pillow',
      'resized photos come out rotated',
      r`img = Image.open(path)
img = img.resize((512, 512))`, null,
      r`img = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
img.thumbnail((512, 512), Image.Resampling.LANCZOS)  # keeps the aspect ratio
img.save(out_path, quality=90)`,
      'Phone photos store orientation in EXIF; apply it first, and use thumbnail to keep the aspect ratio.'],
    ['mixed precision training with torch.autocast', 'vision', 'pytorch cuda',
      'training runs out of GPU memory at batch size 32',
      r`out = model(images)
loss = criterion(out, labels)
loss.backward()`, 'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.53 GiB.',
      r`scaler = torch.amp.GradScaler("cuda")
with torch.autocast(device_type="cuda", dtype=torch.float16):
    loss = criterion(model(images), labels)
scaler.scale(loss).backward()
scaler.step(optimizer)
scaler.update()`,
      'Half-precision activations roughly halve memory; the GradScaler prevents small gradients from underflowing.'],
  ],
  sc: [
    { n: 'satellite image classification', w: 2, kg: 0.8, task: 'img',
      v: { df: 'chips', id: 'chip_id', ts: 'acquired_at', y: 'cloud_pct', cat: 'land_cover', label: 'land_cover', text: 'tile', file: 'chips.csv', table: 'chips', noun: 'image chips' },
      intro: ['land-cover classification of Sentinel-2 image chips', 'a model that maps crop types from satellite imagery'],
      data: 'There are 27,000 labelled 64x64 chips with 13 spectral bands across 10 land-cover classes.',
      k: [['multispectral bands such as near-infrared', 'Vegetation reflects strongly in near-infrared, which RGB images cannot see.'],
        ['cloud cover in satellite scenes', 'Clouds and their shadows hide the ground and have to be masked or the scene skipped.']],
      ds: [['computing NDVI from red and NIR bands', 'NDVI = (NIR - Red) / (NIR + Red) is a standard vegetation index in the range -1 to 1.'],
        ['tiling large scenes into patches', 'Scenes of 10,000 pixels square are cut into overlapping tiles the model can process.']],
      cs: [['rasterio for reading GeoTIFF bands', 'vision', 'rasterio geospatial',
        'the bands I read have different shapes and the NDVI is all zeros',
        r`with rasterio.open(path) as src:
    red, nir = src.read(4), src.read(8)
ndvi = (nir - red) / (nir + red)`, 'RuntimeWarning: invalid value encountered in divide',
        r`with rasterio.open(path) as src:
    red = src.read(4).astype("float32")
    nir = src.read(8).astype("float32")
    profile = src.profile
ndvi = np.where((nir + red) > 0, (nir - red) / (nir + red), np.nan)`,
        'Bands are unsigned integers, so the subtraction wraps around; cast to float first and guard the division.']],
      metric: ['accuracy', 0.9, 0.98, 3, 'higher'], models: ['ResNet-50', 'EfficientNet-B0'],
      rel: ['climate data analysis'] },
    { n: 'invoice OCR and field extraction', w: 1.2, kg: 0.2, task: 'img', borrow: ['nlp'],
      v: { df: 'invoices', id: 'invoice_id', ts: 'invoice_date', y: 'total_amount', cat: 'supplier', label: 'verified', text: 'ocr_text', file: 'invoices.csv', table: 'invoices', noun: 'invoices' },
      intro: ['automatic extraction of totals and dates from scanned supplier invoices', 'an OCR step for an accounts-payable workflow'],
      data: 'We receive about 5,000 scanned invoices a month, mostly PDFs of phone photos, from 800 suppliers.',
      k: [['invoice layouts and key fields', 'Every supplier places invoice number, date, VAT and total differently on the page.']],
      ds: [['deskewing and binarizing scanned pages', 'Pages are rotated upright and converted to clean black and white before OCR.'],
        ['validating extracted totals against line items', 'The sum of line items plus tax must match the extracted total, or the invoice goes to a person.']],
      cs: [['pytesseract OCR with image preprocessing', 'vision', 'tesseract ocr',
        'pytesseract returns garbage for photographed invoices',
        r`text = pytesseract.image_to_string(Image.open(path))`, null,
        r`img = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
img = cv2.resize(img, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
img = cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 15)
text = pytesseract.image_to_string(img, lang="eng+deu", config="--oem 1 --psm 6")`,
        'Tesseract expects clean, large, high-contrast text. Upscale, threshold adaptively, and choose a page segmentation mode.']],
      metric: ['field-level accuracy', 0.84, 0.95, 3, 'higher'], models: ['Tesseract plus rules'],
      rel: ['accounting ledger reconciliation'] },
    { n: 'plant disease detection from leaf images', w: 1.6, kg: 0.9, task: 'img',
      v: { df: 'labels', id: 'image_id', ts: 'captured_at', y: 'severity', cat: 'crop', label: 'disease', text: 'filename', file: 'train.csv', table: 'images', noun: 'leaf images' },
      intro: ['a plant disease classifier for a farming advice app', 'detection of leaf diseases on tomato plants from phone photos'],
      data: 'The dataset has 54,000 leaf images in 38 classes, mostly photographed on a plain background.',
      k: [['visual symptoms of leaf diseases', 'Spots, rings, yellowing and mould patterns differ by disease but can look alike early on.'],
        ['field versus lab photo conditions', 'Lab photos have clean backgrounds, while field photos have soil, shadows and several leaves.']],
      ds: [['balancing disease classes with weighted sampling', 'Rare diseases are oversampled with a weighted sampler so every class is seen each epoch.']],
      metric: ['macro F1', 0.88, 0.97, 3, 'higher'], models: ['EfficientNet-B0', 'ResNet-50'] },
    { n: 'license plate recognition', w: 0.7, kg: 0.4, task: 'img',
      v: { df: 'frames', id: 'frame_id', ts: 'captured_at', y: 'confidence', cat: 'camera_id', label: 'plate_text', text: 'plate_text', file: 'frames.csv', table: 'plate_reads', noun: 'camera frames' },
      intro: ['license plate reading for a parking garage barrier', 'plate recognition on traffic camera footage'],
      data: 'We have 12,000 frames from six cameras with plate bounding boxes and transcribed plate text.',
      k: [['plate formats by country', 'Plate length, character sets and layouts vary by country, which constrains valid readings.']],
      ds: [['two-stage detection then recognition', 'A detector finds the plate and a second model reads the cropped characters.']],
      cs: [['albumentations bounding box augmentation', 'vision', 'albumentations',
        'after augmentation the bounding boxes no longer line up with the plates',
        r`img = aug(image=img)["image"]`, null,
        r`aug = A.Compose([A.RandomBrightnessContrast(p=0.5), A.Affine(rotate=(-8, 8), p=0.5),
                 A.MotionBlur(p=0.2)],
                bbox_params=A.BboxParams(format="pascal_voc", label_fields=["labels"]))
out = aug(image=img, bboxes=boxes, labels=labels)`,
        'Pass the boxes through the same Compose with bbox_params so geometric transforms move them too.']],
      metric: ['plate-level accuracy', 0.86, 0.96, 3, 'higher'], models: ['YOLOv8 plus CRNN'] },
    { n: 'retail shelf product detection', w: 0.6, kg: 0.5, task: 'img',
      v: { df: 'annotations', id: 'image_id', ts: 'captured_at', y: 'box_count', cat: 'store_id', label: 'sku', text: 'filename', file: 'annotations.csv', table: 'shelf_images', noun: 'shelf photos' },
      intro: ['product detection on supermarket shelf photos', 'automatic shelf audits that check whether products are out of stock'],
      data: 'There are 8,000 shelf photos with an average of 150 product boxes each.',
      k: [['densely packed small objects on shelves', 'Products stand side by side and overlap, so neighbouring boxes are hard to separate.']],
      ds: [['tuning non-maximum suppression for dense scenes', 'The IoU threshold of NMS trades duplicate boxes against missed neighbours.']],
      cs: [['Ultralytics YOLO training configuration', 'vision', 'ultralytics yolo',
        'YOLO training ignores my class names and finds no labels',
        r`model = YOLO("yolov8s.pt")
model.train(data="shelves", epochs=50)`, 'WARNING: No labels found in /data/shelves/labels/train.cache',
        r`# shelves.yaml: path, train: images/train, val: images/val, names: {0: product}
model = YOLO("yolov8s.pt")
model.train(data="shelves.yaml", epochs=80, imgsz=1280, batch=8, max_det=600)`,
        'YOLO needs a dataset YAML and labels in a labels/ folder mirroring images/; dense shelves also need a larger image size and max_det.']],
      metric: ['mAP@0.5', 0.82, 0.93, 3, 'higher'], models: ['YOLOv8'],
      rel: ['inventory management API'] },
  ],
};

export const GEO = {
  key: 'geo', tags: ['geospatial', 'transport'], cats: { data: 1, ml: 0.8, py: 0.6, db: 0.5 },
  k: [
    ['coordinate reference systems and projections', 'Latitude and longitude in EPSG:4326 are degrees; distances and areas need a projected CRS in metres.'],
    ['great-circle distance', 'The shortest path on the globe is an arc, and the haversine formula gives its length.'],
    ['GPS noise in urban canyons', 'Tall buildings reflect satellite signals and positions jump by tens of metres.'],
  ],
  ds: [
    ['joining points to zones spatially', 'Each point is assigned to the polygon that contains it, such as a district or a delivery zone.'],
    ['map matching GPS points to roads', 'Noisy points are snapped to the most likely sequence of road segments.'],
    ['computing travel-time features', 'Distances and expected travel times between origins and destinations become model features.'],
  ],
  also: {
    'haversine distance with numpy': ['iot'],
    'geopandas spatial joins': ['science'],
  },
  cs: [
    ['geopandas spatial joins', 'geo', 'geopandas',
      'sjoin returns no matches and warns about the CRS',
      r`joined = gpd.sjoin(points, zones, predicate="within")`,
      'UserWarning: CRS mismatch between the CRS of left geometries and the CRS of right geometries.',
      r`points = gpd.GeoDataFrame($(df), geometry=gpd.points_from_xy($(df).lon, $(df).lat), crs="EPSG:4326")
zones = zones.to_crs(points.crs)
joined = gpd.sjoin(points, zones[["zone_id", "geometry"]], how="left", predicate="within")`,
      'Both layers must share a CRS before the join; build the points with an explicit CRS and reproject the zones.'],
    ['shapely point-in-polygon tests', 'geo', 'shapely',
      'every point is reported as outside the polygon although it is clearly inside on the map',
      r`pt = Point(row.lat, row.lon)
inside = polygon.contains(pt)`, null,
      r`pt = Point(row.lon, row.lat)  # x = longitude, y = latitude
prepared = prep(polygon)
inside = prepared.contains(pt)`,
      'Shapely uses (x, y), which means (longitude, latitude). Prepared geometries make repeated tests much faster.'],
    ['haversine distance with numpy', 'geo', 'numpy geospatial',
      'Euclidean distance on latitude and longitude gives nonsense in kilometres',
      r`$(df)["dist"] = np.sqrt(($(df).lat2 - $(df).lat1) ** 2 + ($(df).lon2 - $(df).lon1) ** 2)`, null,
      r`def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(a))

$(df)["dist_km"] = haversine_km($(df).lat1, $(df).lon1, $(df).lat2, $(df).lon2)`,
      'Degrees are not a distance; convert to radians and use the haversine formula, vectorized over the whole column.'],
    ['pyproj CRS transformations', 'geo', 'pyproj',
      'the transformed coordinates come out in the wrong place',
      r`t = Transformer.from_crs("EPSG:4326", "EPSG:25832")
x, y = t.transform(lon, lat)`, null,
      r`t = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True)
x, y = t.transform($(df)["lon"].to_numpy(), $(df)["lat"].to_numpy())`,
      'EPSG:4326 is officially latitude-first; always_xy=True makes pyproj take longitude, latitude in that order.'],
    ['folium maps with markers', 'geo', 'folium',
      'the map with 50,000 markers freezes the browser',
      r`m = folium.Map(location=[lat0, lon0])
for _, row in $(df).iterrows():
    folium.Marker([row.lat, row.lon]).add_to(m)`, null,
      r`m = folium.Map(location=[lat0, lon0], zoom_start=11, tiles="cartodbpositron")
FastMarkerCluster($(df)[["lat", "lon"]].to_numpy().tolist()).add_to(m)
m.save("map.html")`,
      'Individual markers are DOM elements; FastMarkerCluster renders them client-side in clusters.'],
    ['networkx shortest paths', 'geo', 'networkx graphs',
      'shortest_path returns the route with the fewest stops instead of the fastest',
      r`route = nx.shortest_path(G, origin, target)`, null,
      r`for u, v, data in G.edges(data=True):
    data["travel_s"] = data["length_m"] / data["speed_mps"]
route = nx.shortest_path(G, origin, target, weight="travel_s")
seconds = nx.path_weight(G, route, weight="travel_s")`,
      'Without weight= every edge counts as 1. Store the travel time on each edge and pass its name.'],
  ],
  sc: [
    { n: 'ride-hailing demand prediction', w: 1.8, kg: 0.7, task: 'ts',
      v: { df: 'trips', id: 'h3_cell', ts: 'pickup_time', y: 'trip_count', cat: 'borough', label: 'surge', text: 'zone_name', file: 'trips.csv', table: 'trips', noun: 'trips' },
      intro: ['hourly demand forecasts per city zone for a ride-hailing service', 'a model that tells drivers where demand will be in the next hour'],
      data: 'There are 14 million trips with pickup time and location, plus hourly weather.',
      k: [['surge pricing dynamics', 'Surge pricing both reacts to demand and suppresses it, so observed trips understate demand during surges.'],
        ['weather effects on trip demand', 'Rain raises demand for rides and slows traffic at the same time.']],
      ds: [['forecasting demand per grid cell and hour', 'Trips are counted per hexagon and hour and each cell gets lag and calendar features.']],
      cs: [['H3 hexagonal indexing', 'geo', 'h3',
        'I get an AttributeError after upgrading the h3 package',
        r`$(df)["$(id)"] = $(df).apply(lambda r: h3.geo_to_h3(r.lat, r.lon, 8), axis=1)`,
        "AttributeError: module 'h3' has no attribute 'geo_to_h3'",
        r`$(df)["$(id)"] = [h3.latlng_to_cell(lat, lon, 8) for lat, lon in zip($(df).lat, $(df).lon)]
neighbours = h3.grid_disk(cell, 1)`,
        'h3 v4 renamed the API: geo_to_h3 is now latlng_to_cell and k_ring is grid_disk.']],
      metric: ['RMSE', 3.1, 6.4, 2, 'lower'], models: ['LightGBM', 'seasonal naive'],
      rel: ['public transit delay analysis'] },
    { n: 'delivery route optimization', w: 1.5, kg: 0.2, task: 'opt',
      v: { df: 'stops', id: 'stop_id', ts: 'window_start', y: 'demand_kg', cat: 'depot', label: 'served', text: 'address', file: 'stops.csv', table: 'stops', noun: 'stops' },
      intro: ['daily route planning for a parcel delivery fleet of 25 vans', 'a route optimizer for a bakery that delivers to 120 shops every morning'],
      data: 'Each day has 300 to 500 stops with coordinates, parcel weight and a delivery time window.',
      k: [['vehicle routing problem with time windows', 'Each stop must be visited within its window by a vehicle whose capacity is not exceeded.'],
        ['service time at stops', 'Parking and handing over take minutes per stop, often more than the driving between stops.']],
      ds: [['building a distance matrix for routing', 'Travel times between all stops come from a routing engine rather than straight-line distance.'],
        ['solving routing with capacity constraints', 'A solver assigns stops to vehicles and orders them so total time is minimal under capacity limits.']],
      cs: [['OR-Tools routing solver', 'geo', 'or-tools optimization',
        'the OR-Tools solver returns None for my routing problem',
        r`solution = routing.SolveWithParameters(params)
print(solution.ObjectiveValue())`, "AttributeError: 'NoneType' object has no attribute 'ObjectiveValue'",
        r`routing.AddDimensionWithVehicleCapacity(demand_cb, 0, capacities, True, "Capacity")
routing.AddDimension(time_cb, 30 * 60, 24 * 3600, False, "Time")
params = pywrapcp.DefaultRoutingSearchParameters()
params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
params.time_limit.FromSeconds(30)
solution = routing.SolveWithParameters(params)`,
        'None means no feasible solution was found: check that the matrix holds integers, capacities fit, and the time dimension allows enough slack.']],
      metric: ['total route hours', 140, 190, 0, 'lower'], models: ['OR-Tools'],
      rel: ['GPS trajectory cleaning'] },
    { n: 'public transit delay analysis', w: 1, kg: 0.6, task: 'etl',
      v: { df: 'positions', id: 'trip_id', ts: 'timestamp', y: 'delay_s', cat: 'route_id', label: 'late', text: 'stop_name', file: 'stop_times.csv', table: 'stop_events', noun: 'stop events' },
      intro: ['an analysis of bus delays in a mid-sized city', 'punctuality reporting for a regional transit agency'],
      data: 'We have the static GTFS schedule and a year of GTFS-realtime vehicle positions every 30 seconds.',
      k: [['GTFS schedule and realtime feeds', 'The static GTFS feed describes planned trips and stop times; the realtime feed reports where vehicles actually are.'],
        ['headway regularity versus schedule adherence', 'On frequent routes passengers care about even gaps between buses more than about the timetable.']],
      ds: [['joining realtime positions to scheduled trips', 'Vehicle positions are matched to scheduled trips and stops to compute the delay at each stop.']],
      metric: ['share of departures on time', 0.71, 0.88, 3, 'higher'], models: ['delay aggregation'],
      rel: ['ride-hailing demand prediction'] },
    { n: 'real estate price prediction by location', w: 1.8, kg: 0.8, task: 'reg',
      v: { df: 'listings', id: 'listing_id', ts: 'sold_date', y: 'price', cat: 'district', label: 'sold_above_ask', text: 'description', file: 'listings.csv', table: 'listings', noun: 'listings' },
      intro: ['a house price model for a property portal', 'an automated valuation model for apartments in one city'],
      data: 'The data has 60,000 sales with size, rooms, year built, coordinates and a free-text description.',
      k: [['location premium and neighbourhood effects', 'Identical flats differ in price by a factor of two depending on the neighbourhood.'],
        ['log-transformed price targets', 'Prices are right-skewed and errors scale with price, so models are fitted on log price.']],
      ds: [['target encoding neighbourhoods', 'Each district is encoded by its out-of-fold mean log price to avoid leakage.'],
        ['computing distance-to-amenity features', 'Distances to the centre, stations, schools and parks are computed for every listing.']],
      metric: ['RMSE on log price', 0.14, 0.23, 3, 'lower'], models: ['LightGBM', 'CatBoost', 'ridge regression'] },
    { n: 'GPS trajectory cleaning', w: 0.7, kg: 0.3, task: 'etl',
      v: { df: 'track', id: 'device_id', ts: 'timestamp', y: 'speed_kmh', cat: 'mode', label: 'is_stop', text: 'device_id', file: 'tracks.csv', table: 'gps_points', noun: 'GPS points' },
      intro: ['cleaning GPS tracks from delivery drivers before analysis', 'preprocessing of fitness tracker routes'],
      data: 'Points arrive every one to ten seconds with latitude, longitude, accuracy and timestamp.',
      k: [['speed outliers from GPS jumps', 'A single bad fix implies an impossible speed between consecutive points.']],
      ds: [['detecting stay points in trajectories', 'Stops are sequences of points that stay within a small radius for a minimum duration.'],
        ['simplifying tracks with Douglas-Peucker', 'Points that deviate less than a tolerance from the straight segment are dropped.']],
      metric: ['points kept after cleaning', 0.82, 0.95, 3, 'higher'], models: ['rule-based filters'],
      rel: ['fleet telematics data ingestion', 'delivery route optimization'] },
    { n: 'flight delay prediction', w: 1, kg: 0.8, task: 'clf',
      v: { df: 'flights', id: 'flight_id', ts: 'sched_dep', y: 'dep_delay', cat: 'carrier', label: 'delayed_15', text: 'origin', file: 'flights.csv', table: 'flights', noun: 'flights' },
      intro: ['a model that predicts whether a flight leaves more than 15 minutes late', 'delay risk estimates for a travel booking site'],
      data: 'There are 5 million US domestic flights from one year with schedule, carrier, airports and delays.',
      k: [['delay propagation through aircraft rotations', 'A late inbound aircraft delays its next departures, so delays spread through the day.']],
      ds: [['encoding airport and carrier effects', 'Airports and carriers are encoded with frequency or target encoding computed on earlier data.']],
      metric: ['ROC-AUC', 0.7, 0.8, 3, 'higher'], models: ['LightGBM', 'logistic regression'] },
  ],
};
