/**
 * Users, groups, authorizations and Tasklist filters in the Camunda identity service. Groups and
 * authorizations exist in every profile; demo users (password "demo") only in the demo profile.
 */
package vn.vusta.thidua.identity;
