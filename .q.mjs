import neo4j from 'neo4j-driver';
const d = neo4j.driver(process.argv[2], undefined, {disableLosslessIntegers:true});
const t=performance.now();
const r = await d.executeQuery(process.argv[3]);
console.log(JSON.stringify(r.records.map(x=>x.toObject())).slice(0,3000), (performance.now()-t).toFixed(0)+'ms');
await d.close();
