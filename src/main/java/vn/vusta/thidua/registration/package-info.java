/**
 * Phase 1, registration (đăng ký thi đua): each member unit registers its targets in the eight fields of
 * work, the titles it aims for, and signs the covenant; the cluster head reviews, returns one unit's
 * registration for correction or submits the cluster's registration to VUSTA. Process {@code registration}.
 * Later phases read it as {@code submission.RegisteredTargets}.
 */
package vn.vusta.thidua.registration;
