--liquibase formatted sql

--changeset planmonitor:023-figures-version
-- A stamp that moves (randomly) with every change a plan's figures are computed from, in the same transaction
-- (progress/FiguresVersion): an answer computed at a stamp is given again while the stamp stands; 0 = never moved.
ALTER TABLE plan ADD COLUMN figures_version BIGINT NOT NULL DEFAULT 0;
