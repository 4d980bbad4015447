package org.microblog.application.port.in.twofactor;

/** Whether two-factor authentication is on, and how many recovery codes are unused. */
public record TwoFactorStatus(boolean on, int recoveryCodesLeft) {}
