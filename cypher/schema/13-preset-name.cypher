// Sampler presets, shared by the browser and the synthesize CLI.
CREATE CONSTRAINT preset_name IF NOT EXISTS
FOR (p:Preset) REQUIRE p.name IS UNIQUE
