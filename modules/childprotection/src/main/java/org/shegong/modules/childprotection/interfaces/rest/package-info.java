/** The child-protection API for phones and tools, under {@code /api/childprotection/}. */
package org.shegong.modules.childprotection.interfaces.rest;
