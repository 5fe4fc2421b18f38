/** What a module's pages share with the platform's: page messages. */
package org.shegong.platform.api.web;
