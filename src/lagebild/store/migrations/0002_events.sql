-- Actors and events as rows, so they can be filtered and exported without parsing every article's JSON.
-- The article's contract JSON stays the source of truth; these tables are derived from it, written by
-- store/events.py together with the article, and backfilled here for articles stored before 0002.
-- Never edit this file once released: add 0003_*.sql instead.

CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles (id),
    idx        INTEGER NOT NULL,          -- position in the article's actors list
    id         TEXT,                      -- wd:Q…, iso:RUS, kb:…; NULL for an unknown actor
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,             -- PER | ORG | GPE | GROUP
    country    TEXT,                      -- ISO 3166-1 alpha-3
    cameo      TEXT,                      -- CAMEO actor code (RUSGOV)
    role       TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE INDEX actors_id ON actors (id);
CREATE INDEX actors_article_id ON actors (article_id, id);

CREATE TABLE events (
    article_id     TEXT NOT NULL REFERENCES articles (id),
    idx            INTEGER NOT NULL,      -- position in the article's events list
    sentence       INTEGER NOT NULL,      -- sentence index in the article
    source         TEXT,                  -- actor id, NULL when unknown
    source_name    TEXT,                  -- the event's own name, else the linked actor's name
    source_cameo   TEXT,                  -- from the article's actor with that id
    source_country TEXT,                  -- ISO alpha-3, from the article's actor with that id
    target         TEXT,
    target_name    TEXT,
    target_cameo   TEXT,
    target_country TEXT,
    cameo          TEXT NOT NULL,         -- CAMEO event code, 2-4 digits
    cameo_root     TEXT NOT NULL,         -- its first two digits
    plover         TEXT,
    goldstein      REAL,
    quad_class     INTEGER,
    mode           TEXT NOT NULL,
    date           TEXT,                  -- the event's own date (NULL when undated)
    place          TEXT,                  -- place id (gn:…, iso:…)
    place_name     TEXT,
    place_feature  TEXT,                  -- city, country, region, …
    place_lat      REAL,
    place_lon      REAL,
    place_country  TEXT,                  -- ISO alpha-2, as the contract's places carry it
    trigger_text   TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    attributed_to  TEXT,
    confidence     REAL,
    published      TEXT,                  -- the article's publication date (fallback for date filters)
    tone           REAL,                  -- the article's tone score (GDELT's AvgTone)
    PRIMARY KEY (article_id, idx)
);

CREATE INDEX events_cameo_root ON events (cameo_root);
CREATE INDEX events_mode ON events (mode);
CREATE INDEX events_date ON events (date);
-- The date filters compare this expression (event date, else publication date, as YYYY-MM-DD).
CREATE INDEX events_day ON events (substr(coalesce(date, published), 1, 10));
CREATE INDEX events_source ON events (source);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);

-- Backfill from the articles already stored. When an article lists the same actor or place id twice,
-- the first entry wins, as in store/events.py.
INSERT INTO actors (article_id, idx, id, name, type, country, cameo, role)
SELECT a.id, CAST(x.key AS INTEGER), json_extract(x.value, '$.id'), json_extract(x.value, '$.name'),
       json_extract(x.value, '$.type'), json_extract(x.value, '$.country'),
       json_extract(x.value, '$.cameo'), json_extract(x.value, '$.role')
FROM articles AS a, json_each(a.json, '$.actors') AS x;

INSERT INTO events (article_id, idx, sentence, source, source_name, source_cameo, source_country,
                    target, target_name, target_cameo, target_country, cameo, cameo_root, plover,
                    goldstein, quad_class, mode, date, place, place_name, place_feature, place_lat,
                    place_lon, place_country, trigger_text, trigger_start, trigger_end, attributed_to,
                    confidence, published, tone)
WITH first_actor AS (
    SELECT * FROM actors
    WHERE (article_id, idx) IN (SELECT article_id, min(idx) FROM actors WHERE id IS NOT NULL
                                GROUP BY article_id, id)
),
place AS (
    SELECT a.id AS article_id, CAST(p.key AS INTEGER) AS idx, json_extract(p.value, '$.id') AS id,
           json_extract(p.value, '$.name') AS name, json_extract(p.value, '$.feature') AS feature,
           json_extract(p.value, '$.lat') AS lat, json_extract(p.value, '$.lon') AS lon,
           json_extract(p.value, '$.country') AS country
    FROM articles AS a, json_each(a.json, '$.places') AS p
),
first_place AS (
    SELECT * FROM place
    WHERE (article_id, idx) IN (SELECT article_id, min(idx) FROM place WHERE id IS NOT NULL
                                GROUP BY article_id, id)
),
event AS (
    SELECT a.id AS article_id, CAST(e.key AS INTEGER) AS idx, e.value AS value, a.published AS published,
           json_extract(a.json, '$.tone.score') AS tone
    FROM articles AS a, json_each(a.json, '$.events') AS e
)
SELECT ev.article_id, ev.idx, json_extract(ev.value, '$.sentence'),
       json_extract(ev.value, '$.source'),
       coalesce(json_extract(ev.value, '$.source_name'), s.name), s.cameo, s.country,
       json_extract(ev.value, '$.target'),
       coalesce(json_extract(ev.value, '$.target_name'), t.name), t.cameo, t.country,
       json_extract(ev.value, '$.cameo'), substr(json_extract(ev.value, '$.cameo'), 1, 2),
       json_extract(ev.value, '$.plover'), json_extract(ev.value, '$.goldstein'),
       json_extract(ev.value, '$.quad_class'), json_extract(ev.value, '$.mode'),
       json_extract(ev.value, '$.date'), json_extract(ev.value, '$.place'),
       p.name, p.feature, p.lat, p.lon, p.country,
       json_extract(ev.value, '$.trigger.text'), json_extract(ev.value, '$.trigger.start'),
       json_extract(ev.value, '$.trigger.end'), json_extract(ev.value, '$.attributed_to'),
       json_extract(ev.value, '$.confidence'), ev.published, ev.tone
FROM event AS ev
LEFT JOIN first_actor AS s ON s.article_id = ev.article_id AND s.id = json_extract(ev.value, '$.source')
LEFT JOIN first_actor AS t ON t.article_id = ev.article_id AND t.id = json_extract(ev.value, '$.target')
LEFT JOIN first_place AS p ON p.article_id = ev.article_id AND p.id = json_extract(ev.value, '$.place');
