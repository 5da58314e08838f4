/**
 * Member profiles (M1): freelancers show a headline, bio, skills, hourly rate and portfolio files,
 * with the reviews clients left them (stars, words and month, nothing that identifies the client)
 * and their average rating; clients name their company and website.
 */
package com.marketplace.profiles;
