-- The job board at scale (M2).
-- Words in titles and descriptions are found through a full-text index instead of a scan.
ALTER TABLE job ADD FULLTEXT INDEX ft_job_text (title, description);

-- The board's index now holds every filter column besides the text, so counting matches and
-- finding a page's ids read the index alone, never the rows; a budget range reads only the jobs
-- within it.
ALTER TABLE job
  DROP INDEX ix_job_board,
  ADD INDEX ix_job_board (tenant_id, status, created_at, id, category, kind, budget, skills),
  ADD INDEX ix_job_board_budget (tenant_id, status, budget);
