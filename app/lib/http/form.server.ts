import { data } from "@remix-run/node";

/** Reads a form post; a body that is not form data is the client's error (400), not ours. */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw data({ reason: "badForm" as const }, { status: 400 });
  }
}
