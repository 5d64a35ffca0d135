-- The word index stores each word's stem in its version's language now (search.Stemming), no longer the word as
-- written, and leaves stop words out. Marking every version stale makes the indexer's catch-up at start-up
-- re-index them all (in the background on a large site); until a version's turn comes, its old rows still answer
-- searches wherever the word as written starts with the searched stem (most words: "samenwerking" with "samenwerk").
UPDATE article_translation SET search_indexed_version = NULL;
